// Labels and messages of the app frame, the ranking and the raw-data grid.

export const vi = {
	appTitle: 'PII Workbench',
	tabGrid: 'Bảng tính',
	tabWeights: 'Trọng số',
	tabProfile: 'Hồ sơ tỉnh',
	tabCompare: 'So sánh hai tỉnh',
	views: 'Chế độ xem',
	undo: 'Hoàn tác',
	redo: 'Làm lại',
	selectedUnit: 'Tỉnh/thành đang chọn',
	close: 'Đóng',
	appSubtitle: 'Bàn làm việc Chỉ số đổi mới sáng tạo cấp địa phương (PII)',
	language: 'Ngôn ngữ',
	illustrativeBanner:
		'Dữ liệu minh họa: giá trị 52 chỉ số do máy sinh ra, hiệu chỉnh để khớp điểm PII 2023 đã công bố. Không phải số liệu chính thức.',
	illustrativeSource: 'Điểm công bố: Bộ Khoa học và Công nghệ, PII 2023 (công bố 12/3/2024).',
	ranking: 'Xếp hạng',
	rank: 'Hạng',
	unit: 'Tỉnh/thành',
	code: 'Mã',
	score: 'PII',
	input: 'Đầu vào',
	output: 'Đầu ra',
	ratio: 'Hiệu quả (Ra/Vào)',
	region: 'Vùng',
	rawData: 'Dữ liệu thô',
	rawDataHint:
		'Nhập số theo định dạng Việt Nam (1.234,5). Enter hoặc F2 để sửa, Esc để hủy, Delete để xóa ô. Bảng xếp hạng cập nhật ngay.',
	warnings: 'Cảnh báo',
	noWarnings: 'Không có cảnh báo.',
	loading: 'Đang dựng sổ tính…',
	invalidNumber: 'Không phải số hợp lệ (ví dụ 1.234,5). Giá trị cũ được giữ nguyên.',
	unitsCount: 'đơn vị',
	indicatorsCount: 'chỉ số',
	formulas: 'công thức',
	recomputedIn: 'Tính lại trong',
	warnConstant:
		'Chỉ số {code} có cùng giá trị ({value}) ở mọi đơn vị: không chuẩn hóa được, bị loại khỏi phép tổng hợp.',
	warnEmpty: 'Chỉ số {code} không có giá trị nào: bị loại khỏi phép tổng hợp.',
	warnBranch:
		'{unit} không có dữ liệu cho {code}: nhánh này bị bỏ qua, trọng số các nhánh cùng cấp được chuẩn hóa lại.',
	warnUnranked: '{unit} không có dữ liệu: không có điểm và không xếp hạng.'
};

export const en: Record<keyof typeof vi, string> = {
	appTitle: 'PII Workbench',
	tabGrid: 'Spreadsheet',
	tabWeights: 'Weights',
	tabProfile: 'Province profile',
	tabCompare: 'Compare two provinces',
	views: 'Views',
	undo: 'Undo',
	redo: 'Redo',
	selectedUnit: 'Selected province',
	close: 'Close',
	appSubtitle: 'Workbench for the Provincial Innovation Index (PII) of Vietnam',
	language: 'Language',
	illustrativeBanner:
		'Illustrative data: the 52 indicator values are generated, calibrated to match the published PII 2023 scores. Not official data.',
	illustrativeSource:
		'Published scores: Ministry of Science and Technology, PII 2023 (announced 12 March 2024).',
	ranking: 'Ranking',
	rank: 'Rank',
	unit: 'Province',
	code: 'Code',
	score: 'PII',
	input: 'Input',
	output: 'Output',
	ratio: 'Efficiency (Out/In)',
	region: 'Region',
	rawData: 'Raw data',
	rawDataHint:
		'Type numbers in English format (1,234.5). Enter or F2 to edit, Esc to cancel, Delete to clear. The ranking updates at once.',
	warnings: 'Warnings',
	noWarnings: 'No warnings.',
	loading: 'Building the workbook…',
	invalidNumber: 'Not a valid number (e.g. 1,234.5). The old value is kept.',
	unitsCount: 'units',
	indicatorsCount: 'indicators',
	formulas: 'formulas',
	recomputedIn: 'Recomputed in',
	warnConstant:
		'Indicator {code} has the same value ({value}) for every unit: it cannot be normalised and is left out of the aggregation.',
	warnEmpty: 'Indicator {code} has no values: it is left out of the aggregation.',
	warnBranch:
		"{unit} has no data in {code}: that branch is left out and its siblings' weights are renormalised.",
	warnUnranked: '{unit} has no data at all: no score and no rank.'
};
