// Labels and messages of the about view: what the PII is, the method as implemented and its
// uncertainties, where the data come from, the sources of published scores and the licences.

export const vi = {
	aboutTitle: 'Giới thiệu PII Workbench',
	aboutWhatTitle: 'Chỉ số PII là gì?',
	aboutWhat1:
		'[[pii|Chỉ số đổi mới sáng tạo cấp địa phương (PII)]] do Bộ Khoa học và Công nghệ công bố lần đầu ngày 12/3/2024 (kỳ PII 2023, 63 tỉnh, thành), tiếp theo là kỳ 2024 (30/12/2024) và kỳ 2025 (1/10/2025, 34 đơn vị sau sáp nhập). PII đo năng lực và kết quả đổi mới sáng tạo của từng địa phương, theo mô hình Chỉ số Đổi mới sáng tạo toàn cầu (GII).',
	aboutWhat2:
		'Bộ chỉ số có 52 [[indicator|chỉ số thành phần]], gộp thành 16 [[subPillar|trụ cột con]], 7 [[pillar|trụ cột]], 2 [[subIndex|chỉ số phụ]] ([[input|đầu vào]] và [[output|đầu ra]]) và một điểm PII; các tỉnh được [[rank|xếp hạng]] theo điểm PII. Hơn 30 tỉnh đã ban hành kế hoạch cải thiện PII, giao từng chỉ số cho một sở, ngành chủ trì.',
	aboutWhat3:
		'Ứng dụng này đặt toàn bộ phép tính vào một [[workbook|sổ tính]] với công thức đọc được: sửa một giá trị hay một trọng số là bảng xếp hạng tính lại ngay. Mọi thứ chạy trong trình duyệt, không gửi dữ liệu lên máy chủ nào.',
	aboutMethodTitle: 'Phương pháp đang dùng',
	aboutMethod1:
		'[[normalisation|Chuẩn hóa]] mỗi chỉ số về 0–100 bằng [[minMax|min-max]] trên tất cả các đơn vị của bộ dữ liệu: 100 × (x − min) / (max − min); chỉ số có [[direction|chiều]] −1 thì đảo lại.',
	aboutMethod2:
		'Trụ cột con, trụ cột, chỉ số phụ và PII là [[weightedMean|trung bình có trọng số]] của các thành phần; mặc định mọi [[weight|trọng số]] bằng nhau. Thành phần thiếu dữ liệu được bỏ qua và [[renormalise|trọng số được chia lại]].',
	aboutMethod3:
		'Đầu vào = trung bình trụ cột 1–5; đầu ra = trung bình trụ cột 6–7; PII = (đầu vào + đầu ra) / 2. Cách tính này khớp chính xác với mọi điểm đã công bố có đủ số liệu để kiểm tra.',
	aboutMethod4:
		'Xếp hạng giảm dần theo PII, điểm bằng nhau thì [[competitionRanking|đồng hạng]] (1, 2, 2, 4). Tỷ số [[efficiency|đầu ra/đầu vào]] chỉ hiển thị thêm để tham khảo; PII không công bố tỷ số này.',
	aboutUncertainTitle: 'Những điều chưa chắc chắn',
	aboutUncertain1:
		'Tên trụ cột con của trụ cột 3–7 là tên tạm theo GII vì chưa tìm được tên chính thức; một bài báo năm 2025 nói tới 18 trụ cột con, trong khi mã chỉ số của Hà Nội cho thấy 16.',
	aboutUncertain2:
		'Quy tắc [[outlier|xử lý giá trị ngoại lai]] và quy tắc xử lý [[missing|thiếu dữ liệu]] của PII chưa được công bố. Ứng dụng mặc định không xử lý ngoại lai và không ước lượng giá trị thiếu.',
	aboutUncertain3:
		'Chưa rõ việc chia 39 chỉ số lấy từ nguồn trung ương và 13 chỉ số do tỉnh báo cáo; định nghĩa chỉ số 2.1.2 đã thay đổi trước kỳ 2025; thành phần của một số chỉ số ghép như 3.2.1 chưa được công bố.',
	aboutUncertain4:
		'Vì min và max được tính lại ở mỗi [[edition|kỳ công bố]] và số đơn vị thay đổi (63 → 34), điểm của các kỳ không so sánh trực tiếp được.',
	aboutDataTitle: 'Dữ liệu đến từ đâu',
	aboutDataIllustrative:
		'[[illustrativeData|Dữ liệu minh họa]] (mặc định): chưa có bộ số liệu chính thức của 52 chỉ số cho mọi tỉnh ở dạng máy đọc được, nên giá trị các chỉ số do máy sinh ra (có thể tái tạo) và hiệu chỉnh để điểm PII tính được khớp điểm đã công bố. Không dùng các giá trị này như số liệu thật.',
	aboutDataOfficial:
		'Số liệu chính thức: chỉ có điểm và thứ hạng PII đã công bố (cùng một số điểm đầu vào, đầu ra, trụ cột), lấy từ báo chí và văn bản của các tỉnh — xem danh sách nguồn bên dưới.',
	aboutDataUser:
		'Số liệu do người dùng nhập: dữ liệu nhập từ tệp hoặc sửa trực tiếp trong bảng tính chỉ nằm trên máy của bạn. Mọi thay đổi đều hoàn tác được và được so với [[baseline|mốc so sánh]].',
	aboutDataNow: 'Đang mở: {units} đơn vị, {indicators} chỉ số.',
	aboutDataEdited: 'Đã có chỉnh sửa kể từ lúc nạp dữ liệu.',
	aboutDataProvinces:
		'Danh sách tỉnh, thành: 63 đơn vị của kỳ 2023–2024 với 6 vùng kinh tế – xã hội, và 34 đơn vị từ 1/7/2025 theo Nghị quyết 202/2025/QH15.',
	aboutSourcesTitle: 'Nguồn của các điểm đã công bố',
	aboutSourcesEdition: 'Kỳ PII {edition}: {scores} điểm, {sources} nguồn',
	aboutSourcesFlagged: '{n} điểm được đánh dấu là suy ra, mâu thuẫn hoặc chưa chắc chắn.',
	aboutSourcesFor: 'cho {units}',
	aboutSourcesMore: 'và {n} tỉnh khác',
	aboutLicenceTitle: 'Giấy phép',
	aboutLicenceApp:
		'Ứng dụng: GNU General Public License v3.0 (GPL-3.0), như giấy phép của HyperFormula yêu cầu. Bạn được dùng, sửa và phân phối lại theo cùng giấy phép.',
	aboutLicenceHf: 'HyperFormula (bộ máy tính toán sổ tính, Handsontable): GPL-3.0.',
	aboutLicenceLibs:
		'Svelte và SvelteKit: MIT; PapaParse (đọc CSV): MIT; idb (lưu trữ trong trình duyệt): ISC.',
	aboutLicenceGeo: 'Ranh giới tỉnh trên bản đồ: CC BY-SA 4.0 (ghi công bên dưới).',
	aboutLicenceGeoNote:
		'Giấy phép của lớp ranh giới được xác định qua siêu dữ liệu của geoBoundaries cho đúng bộ dữ liệu này; nên kiểm tra lại trên trang của Open Development Mekong trước khi phát hành rộng rãi.',
	aboutInstall:
		'Có thể cài ứng dụng lên máy tính hoặc điện thoại từ menu của trình duyệt (“Cài đặt ứng dụng” hoặc “Thêm vào màn hình chính”).'
};

export const en: Record<keyof typeof vi, string> = {
	aboutTitle: 'About the PII Workbench',
	aboutWhatTitle: 'What is the PII?',
	aboutWhat1:
		'The [[pii|Provincial Innovation Index (PII)]] was first published by the Ministry of Science and Technology on 12 March 2024 (the PII 2023 edition, 63 provinces), followed by the 2024 edition (30 December 2024) and the 2025 edition (1 October 2025, 34 units after the merger). It measures each province’s innovation capacity and results, modelled on the Global Innovation Index (GII).',
	aboutWhat2:
		'It has 52 [[indicator|indicators]], combined into 16 [[subPillar|sub-pillars]], 7 [[pillar|pillars]], 2 [[subIndex|sub-indices]] ([[input|input]] and [[output|output]]) and one PII score; provinces are [[rank|ranked]] by the PII. More than 30 provinces have issued PII improvement plans that give each indicator a lead department.',
	aboutWhat3:
		'This app puts the whole calculation in a [[workbook|workbook]] with readable formulas: change a value or a weight and the ranking recomputes at once. Everything runs in the browser; no data are sent to any server.',
	aboutMethodTitle: 'The method as implemented',
	aboutMethod1:
		'Each indicator is [[normalisation|normalised]] to 0–100 by [[minMax|min-max]] over all units of the dataset: 100 × (x − min) / (max − min), flipped for [[direction|direction]] −1.',
	aboutMethod2:
		'Sub-pillars, pillars, sub-indices and the PII are [[weightedMean|weighted means]] of their parts; by default all [[weight|weights]] are equal. A part without data is skipped and the [[renormalise|weights are shared out again]].',
	aboutMethod3:
		'Input = mean of pillars 1–5; output = mean of pillars 6–7; PII = (input + output) / 2. This reproduces every published score for which the numbers allow a check.',
	aboutMethod4:
		'Ranks are descending on the PII, with [[competitionRanking|competition ranking]] for ties (1, 2, 2, 4). The [[efficiency|output/input ratio]] is shown as an extra; the PII does not publish it.',
	aboutUncertainTitle: 'What is uncertain',
	aboutUncertain1:
		'The names of the sub-pillars of pillars 3–7 are provisional GII-style names, as the official names were not found; one 2025 article speaks of 18 sub-pillars while Hanoi’s indicator codes imply 16.',
	aboutUncertain2:
		'The PII’s [[outlier|outlier treatment]] and its [[missing|missing-data]] rule are not published. By default the app applies no outlier treatment and imputes no missing value.',
	aboutUncertain3:
		'The split into 39 centrally sourced and 13 locally reported indicators is unclear; indicator 2.1.2’s definition changed before the 2025 edition; the composition of composite indicators such as 3.2.1 is not published.',
	aboutUncertain4:
		'Min and max are recomputed in every [[edition|edition]] and the number of units changed (63 → 34), so scores of different editions cannot be compared directly.',
	aboutDataTitle: 'Where the data come from',
	aboutDataIllustrative:
		'[[illustrativeData|Illustrative data]] (the default): no official machine-readable dataset of the 52 indicators for every province is public, so the indicator values are generated (reproducibly) and calibrated so that the computed PII matches the published scores. Do not use them as real figures.',
	aboutDataOfficial:
		'Official figures: only the published PII scores and ranks (and some input, output and pillar scores), taken from the press and provincial documents — see the sources below.',
	aboutDataUser:
		'User-entered data: data imported from a file or edited in the spreadsheet stay on your device. Every change can be undone and is compared with the [[baseline|baseline]].',
	aboutDataNow: 'Open now: {units} units, {indicators} indicators.',
	aboutDataEdited: 'Changed since the data were loaded.',
	aboutDataProvinces:
		'Province lists: the 63 units of the 2023–2024 editions with their 6 socio-economic regions, and the 34 units since 1 July 2025 (Resolution 202/2025/QH15).',
	aboutSourcesTitle: 'Sources of the published scores',
	aboutSourcesEdition: 'PII {edition}: {scores} scores, {sources} sources',
	aboutSourcesFlagged: '{n} scores are marked as derived, conflicting or uncertain.',
	aboutSourcesFor: 'for {units}',
	aboutSourcesMore: 'and {n} more',
	aboutLicenceTitle: 'Licences',
	aboutLicenceApp:
		'The app: GNU General Public License v3.0 (GPL-3.0), as HyperFormula’s licence requires. You may use, change and redistribute it under the same licence.',
	aboutLicenceHf: 'HyperFormula (the workbook engine, by Handsontable): GPL-3.0.',
	aboutLicenceLibs:
		'Svelte and SvelteKit: MIT; PapaParse (CSV reading): MIT; idb (browser storage): ISC.',
	aboutLicenceGeo: 'Province boundaries on the map: CC BY-SA 4.0 (credit below).',
	aboutLicenceGeoNote:
		'The boundary layer’s licence was established from geoBoundaries’ metadata for this exact dataset; confirm it on the Open Development Mekong page before a wide release.',
	aboutInstall:
		'The app can be installed on a computer or phone from the browser menu (“Install app” or “Add to home screen”).'
};
