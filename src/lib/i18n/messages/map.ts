// Labels and messages of the map view: the choropleth, the rank slope chart, the indicator
// distributions and the chart download buttons.

export const vi = {
	mapTabs: 'Các cách xem',
	mapTabMap: 'Bản đồ màu',
	mapTabSlope: 'Thay đổi thứ hạng',
	mapTabStrips: 'Phân bố các chỉ số',
	mapMeasure: 'Tô màu theo',
	mapGroupIndicators: 'Chỉ số thành phần (điểm chuẩn hóa)',
	mapGroupRank: 'Thứ hạng',
	mapRank: 'Hạng PII',
	mapEdition: 'Ranh giới',
	mapEdition63: '63 tỉnh, thành (đến 30/6/2025)',
	mapEdition34: '34 tỉnh, thành (từ 1/7/2025)',
	mapLoading: 'Đang tải bản đồ…',
	mapLoadError: 'Không tải được bản đồ ({error}).',
	mapNeedsEdition:
		'Bản đồ {edition} đơn vị cần bộ dữ liệu có {edition} đơn vị ({when}); dữ liệu đang mở có {units} đơn vị nên các tỉnh được tô xám. Hãy nhập dữ liệu ở thẻ “Nhập/xuất dữ liệu” hoặc chọn bản đồ {other} đơn vị.',
	mapWhen63: 'kỳ PII 2023 và 2024',
	mapWhen34: 'kỳ PII 2025',
	mapUnmatched: 'Không có trên bản đồ: {units}',
	mapLabel: 'Bản đồ {measure} của các tỉnh, thành',
	mapHint:
		'Rê chuột, hoặc bấm Tab rồi dùng phím mũi tên, để xem từng tỉnh; bấm chuột hoặc Enter để chọn tỉnh đó ở mọi chế độ xem.',
	mapNoData: 'Không có số liệu',
	mapInfoRank: 'Hạng PII {rank}/{n}',
	mapSelected: 'Đang chọn',
	mapRankUp: 'lên {n} bậc',
	mapRankDown: 'tụt {n} bậc',
	mapRankSame: 'không đổi',
	mapLegendUp: 'lên hạng',
	mapLegendDown: 'tụt hạng',
	mapLegendBest: 'hạng 1 là cao nhất',
	mapIslandOf: '{name} ({parent})',
	mapSea: 'Biển Đông',
	mapAttribution:
		'Ranh giới tỉnh: Open Development Mekong, “Địa phận tỉnh” (nguồn: Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam), giấy phép CC BY-SA 4.0. Đã giản lược, gán mã và gộp theo 34 đơn vị năm 2025.',
	mapAttributionShort:
		'Ranh giới: Open Development Mekong, CC BY-SA 4.0 (đã giản lược, gán mã, gộp)',
	mapProfileNote:
		'So sánh các trụ cột của tỉnh đang chọn với trung vị vùng và cả nước có ở thẻ “Hồ sơ tỉnh”.',
	mapOpenProfile: 'Mở hồ sơ tỉnh',
	chartSvg: 'Tải SVG',
	chartPng: 'Tải PNG',
	chartDownload: 'Tải biểu đồ “{title}” dạng {format}',
	chartFailed: 'Không tạo được tệp ảnh.',
	slopeTitle: 'Thứ hạng PII: mốc so với hiện tại',
	slopeBaseline: 'Mốc',
	slopeNow: 'Hiện tại',
	slopeOnlyChanged: 'Chỉ hiện các tỉnh đổi hạng',
	slopeNoChange:
		'Chưa tỉnh nào đổi hạng so với mốc. Hãy sửa một giá trị hoặc trọng số (ví dụ ở các bước “Thử” của phần “Học cách tính”) để thấy các đường dốc lên hoặc xuống.',
	slopeSummary: '{up} tỉnh lên hạng, {down} tỉnh tụt hạng, {same} tỉnh giữ nguyên.',
	slopeDesc:
		'Mỗi đường nối hạng của một tỉnh ở mốc (bên trái) với hạng hiện tại (bên phải). Tím: lên hạng; cam: tụt hạng; xám: giữ nguyên.',
	slopeUnranked: 'Không vẽ được vì chỉ có hạng ở một phía: {units}',
	stripTitle: 'Phân bố điểm chuẩn hóa của {n} chỉ số, đánh dấu {unit}',
	stripDesc:
		'Mỗi vạch mảnh là một tỉnh; vòng tròn là {unit}; vạch đậm ngắn là trung vị cả nước. Thang 0–100 sau chuẩn hóa min-max.',
	stripOthers: 'các tỉnh khác (mỗi vạch một tỉnh)',
	stripPillar: 'Trụ cột',
	stripAllPillars: 'Tất cả trụ cột',
	stripRowTitle:
		'{code} {name} — {unit}: {score} (giá trị thô {raw}); trung vị {median}; thấp nhất {min}, cao nhất {max}'
};

export const en: Record<keyof typeof vi, string> = {
	mapTabs: 'Ways of looking',
	mapTabMap: 'Colour map',
	mapTabSlope: 'Rank changes',
	mapTabStrips: 'Indicator distributions',
	mapMeasure: 'Colour by',
	mapGroupIndicators: 'Indicators (normalised score)',
	mapGroupRank: 'Rank',
	mapRank: 'PII rank',
	mapEdition: 'Boundaries',
	mapEdition63: '63 provinces (until 30 June 2025)',
	mapEdition34: '34 provinces (since 1 July 2025)',
	mapLoading: 'Loading the map…',
	mapLoadError: 'The map could not be loaded ({error}).',
	mapNeedsEdition:
		'The {edition}-unit map needs a dataset of {edition} units ({when}); the open data have {units} units, so the provinces are grey. Import data in “Import/export” or choose the {other}-unit map.',
	mapWhen63: 'the PII 2023 and 2024 editions',
	mapWhen34: 'the PII 2025 edition',
	mapUnmatched: 'Not on the map: {units}',
	mapLabel: 'Map of {measure} by province',
	mapHint:
		'Hover, or press Tab and then the arrow keys, to read each province; click or press Enter to select it in every view.',
	mapNoData: 'No data',
	mapInfoRank: 'PII rank {rank} of {n}',
	mapSelected: 'Selected',
	mapRankUp: 'up {n}',
	mapRankDown: 'down {n}',
	mapRankSame: 'unchanged',
	mapLegendUp: 'moved up',
	mapLegendDown: 'moved down',
	mapLegendBest: 'rank 1 is the highest',
	mapIslandOf: '{name} ({parent})',
	mapSea: 'East Sea',
	mapAttribution:
		'Province boundaries: Open Development Mekong, “Địa phận tỉnh” (source: Department of Survey and Mapping, Viet Nam), licensed CC BY-SA 4.0. Simplified, recoded and merged to the 2025 units.',
	mapAttributionShort:
		'Boundaries: Open Development Mekong, CC BY-SA 4.0 (simplified, recoded, merged)',
	mapProfileNote:
		'The selected province’s pillars against the regional and national medians are in “Province profile”.',
	mapOpenProfile: 'Open the province profile',
	chartSvg: 'Download SVG',
	chartPng: 'Download PNG',
	chartDownload: 'Download the chart “{title}” as {format}',
	chartFailed: 'The image file could not be made.',
	slopeTitle: 'PII rank: baseline against now',
	slopeBaseline: 'Baseline',
	slopeNow: 'Now',
	slopeOnlyChanged: 'Show only provinces whose rank changed',
	slopeNoChange:
		'No province has changed rank since the baseline. Change a value or a weight (for example in the “Try it” steps of “Learn the method”) to see lines slope up or down.',
	slopeSummary: '{up} provinces moved up, {down} moved down, {same} unchanged.',
	slopeDesc:
		'Each line joins a province’s rank at the baseline (left) with its rank now (right). Purple: moved up; orange: moved down; grey: unchanged.',
	slopeUnranked: 'Not drawn, ranked on one side only: {units}',
	stripTitle: 'Distribution of the normalised scores of {n} indicators, {unit} marked',
	stripDesc:
		'Each thin mark is a province; the circle is {unit}; the short bold mark is the national median. 0–100 scale after min-max normalisation.',
	stripOthers: 'other provinces (one mark each)',
	stripPillar: 'Pillar',
	stripAllPillars: 'All pillars',
	stripRowTitle:
		'{code} {name} — {unit}: {score} (raw value {raw}); median {median}; lowest {min}, highest {max}'
};
