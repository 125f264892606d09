// Labels and messages of the learn view: the guided walkthrough, tracing a cell and the glossary
// (glossTerm_<id> / glossDef_<id> for every id of teach/glossary.ts). "[[id|label]]" links a term.

export const vi = {
	learnTabs: 'Các phần của trang học',
	learnTabWalk: 'Hướng dẫn từng bước',
	learnTabTrace: 'Lần vết một ô',
	learnTabGlossary: 'Thuật ngữ',
	learnTrainerNote:
		'Dành cho giảng viên: khoảng 30 phút. Chọn tỉnh của lớp ở ô “Tỉnh/thành đang chọn”, đi lần lượt từng bước; mỗi bước có câu hỏi cho lớp và thời lượng gợi ý. Mọi số liệu là số thật của sổ tính đang mở, kể cả dữ liệu và trọng số đã sửa.',
	walkIndicator: 'Chỉ số theo dõi',
	walkSteps: 'Các bước',
	walkStepOf: 'Bước {n}/{total}',
	walkPrev: '← Bước trước',
	walkNext: 'Bước tiếp →',
	walkShowInGrid: 'Xem trong bảng tính',
	walkTraceCell: 'Lần vết ô này',
	walkAsk: 'Hỏi lớp',
	walkMinutes: '≈ {n} phút',
	walkFormulaIn: 'Công thức trong ô {cell}',
	walkExcerpt: 'Trích trang tính {sheet} (ô đang nói tới được tô đậm)',
	walkWorked: 'Thay số',
	levelName1: 'chỉ số thành phần',
	levelName2: 'trụ cột con',
	levelName3: 'trụ cột',
	levelName4: 'chỉ số phụ',
	levelName5: 'chỉ số tổng hợp',
	levelNameN: 'cấp {level}',
	levelPlural1: 'chỉ số thành phần',
	levelPlural2: 'trụ cột con',
	levelPlural3: 'trụ cột',
	levelPlural4: 'chỉ số phụ',
	levelPlural5: 'chỉ số tổng hợp',
	levelPluralN: 'mục cấp {level}',
	walkTitle_intro: 'Bức tranh chung',
	walkTitle_raw: 'Giá trị thô',
	walkTitle_bounds: 'Thấp nhất và cao nhất cả nước',
	walkTitle_normalise: 'Chuẩn hóa về thang 0–100',
	walkTitle_aggregate: 'Lên {level} {code}',
	walkTitle_rank: 'Xếp hạng',
	walkTitle_tryValue: 'Thử: sửa giá trị, xem hạng thay đổi',
	walkTitle_tryOthers: 'Thử: tỉnh khác thay đổi, điểm của bạn cũng đổi',
	walkTitle_tryWeight: 'Thử: đổi trọng số',
	walkTitle_recap: 'Tóm tắt',
	walkIntroBody:
		'Theo chân một [[rawValue|giá trị thô]] của {unit} qua từng công thức của [[workbook|sổ tính]] cho tới điểm [[pii|PII]] và thứ hạng. Chỉ số được tính qua {levels} tầng; mỗi tầng là một trang tính, mỗi điểm là một [[cell|ô]] có [[formula|công thức]] đọc được. Đường đi hôm nay:',
	walkIntroCount: '{count} {level}',
	walkRawBody:
		'Ô {cell} của trang Data giữ [[rawValue|giá trị thô]] của {unit} cho [[indicator|chỉ số thành phần]] {code} “{name}”. Đây là ô nhập liệu: con số do địa phương hoặc cơ quan thống kê cung cấp, chưa so sánh với tỉnh nào. Các chỉ số có đơn vị đo khác nhau (%, điểm, số doanh nghiệp…), nên chưa thể cộng với nhau.',
	walkRawMissing:
		'{unit} không có giá trị cho chỉ số này: ô trống được bỏ qua khi tổng hợp ([[missing|thiếu dữ liệu]]).',
	walkUnitOfMeasure: 'Đơn vị đo: {unit}',
	walkBoundsBody:
		'Trang Bounds tìm giá trị thấp nhất (min) và cao nhất (max) của chỉ số này trên tất cả {n} đơn vị. Hai con số này là “thước đo” chung để so sánh mọi tỉnh.',
	walkBoundsMin: 'Thấp nhất (min): {value} — {units}',
	walkBoundsMax: 'Cao nhất (max): {value} — {units}',
	walkNormaliseBody:
		'[[normalisation|Chuẩn hóa]] [[minMax|min-max]] đặt mỗi giá trị lên thang 0–100: tỉnh thấp nhất được 0, tỉnh cao nhất được 100, các tỉnh khác nằm giữa theo tỷ lệ. {unit} được {score} điểm.',
	walkNormaliseDown:
		'Chỉ số này có [[direction|chiều]] −1 (càng thấp càng tốt), nên công thức đảo lại: max − x.',
	walkAggregateBody:
		'Ô {cell} tính {level} {code} “{name}” là [[weightedMean|trung bình có trọng số]] của {k} thành phần. Thành phần thiếu số liệu được bỏ qua và [[renormalise|trọng số được chia lại]] cho các thành phần còn lại. {unit} được {score} điểm.',
	walkShareTimesScore: 'Tỷ trọng × điểm',
	walkSum: 'Tổng = điểm {code}',
	walkRankBody:
		'Cuối cùng, các tỉnh được [[rank|xếp hạng]] theo điểm PII từ cao xuống thấp; điểm bằng nhau thì [[competitionRanking|đồng hạng]] (1, 2, 2, 4). {unit} đạt {score} điểm, xếp thứ {rank}/{n}. Thứ hạng không nằm trong sổ tính: ứng dụng sắp xếp cột PII của trang Results.',
	walkRankGap: 'Chênh lệch',
	walkTryValueBody:
		'Sửa giá trị thô của {unit} cho chỉ số {code}, rồi xem điểm chuẩn hóa, điểm PII và thứ hạng thay đổi ngay. Mọi thay đổi đều hoàn tác được (nút Hoàn tác hoặc Ctrl+Z).',
	walkTryOthersBody:
		'Giờ chỉ sửa số liệu của {other}, tỉnh đang giữ giá trị {holds} ({value}). Giá trị thô của {unit} giữ nguyên, nhưng điểm chuẩn hóa của {unit} vẫn đổi, vì min và max là của cả nước.',
	walkHoldsMax: 'cao nhất',
	walkHoldsMin: 'thấp nhất',
	walkTryWeightBody:
		'[[weight|Trọng số]] quyết định mỗi thành phần đóng góp bao nhiêu. {code} “{name}” đang có trọng số {weight} trong {parent}. Đổi trọng số và xem thứ hạng của {unit}. Trọng số chỉ có ý nghĩa tương đối so với các thành phần cùng cấp.',
	walkNewValue: 'Giá trị mới',
	walkNewWeight: 'Trọng số mới',
	walkApply: 'Áp dụng',
	walkSetMax: 'Đặt bằng mức cao nhất ({value})',
	walkSetMin: 'Đặt bằng mức thấp nhất ({value})',
	walkSetOther: 'Đặt giá trị của {unit} thành {value}',
	walkDouble: 'Nhân đôi trọng số',
	walkZero: 'Đặt trọng số bằng 0',
	walkBefore: 'Trước khi thử',
	walkNow: 'Bây giờ',
	walkLiveCaption: 'Số liệu của {unit}, cập nhật ngay sau mỗi thay đổi',
	walkLiveRaw: 'Giá trị thô {code}',
	walkLiveNorm: 'Điểm chuẩn hóa {code}',
	walkLiveScore: 'Điểm PII',
	walkLiveRank: 'Hạng',
	walkLiveBaseline: 'Hạng so với mốc',
	walkRecap1:
		'Giá trị thô có đơn vị khác nhau; [[normalisation|chuẩn hóa]] min-max đưa tất cả về thang 0–100.',
	walkRecap2: 'Min và max là của cả nước: một tỉnh thay đổi kéo theo điểm của mọi tỉnh.',
	walkRecap3:
		'Mỗi tầng là [[weightedMean|trung bình có trọng số]] của tầng dưới; thiếu dữ liệu thì trọng số được chia lại.',
	walkRecap4:
		'PII là trung bình của [[input|đầu vào]] và [[output|đầu ra]]; [[rank|thứ hạng]] chỉ là thứ tự của điểm PII.',
	walkRecap5:
		'Min và max được tính lại ở mỗi [[edition|kỳ công bố]], nên điểm của các kỳ không so sánh trực tiếp được.',
	walkRecapNext:
		'Tiếp theo: lần vết bất kỳ ô nào ở phần “Lần vết một ô”, hoặc tra cứu ở phần “Thuật ngữ”.',
	walkAsk_intro:
		'Theo anh chị, cộng 52 con số có đơn vị khác nhau thành một điểm thì cần làm gì trước?',
	walkAsk_raw: 'Chỉ số này đo bằng đơn vị gì? Có thể cộng nó với một chỉ số đo bằng % không?',
	walkAsk_bounds: 'Nếu tỉnh đứng cao nhất tăng giá trị của mình, điểm của các tỉnh khác sẽ ra sao?',
	walkAsk_normalise:
		'Điểm {score} nói gì về {unit} so với cả nước? Điểm 0 có nghĩa là giá trị bằng 0 không?',
	walkAsk_aggregate:
		'Thành phần nào kéo điểm {code} của {unit} xuống nhiều nhất? Nếu tăng trọng số của nó thì sao?',
	walkAsk_rank: 'Cần thêm bao nhiêu điểm PII để lên một hạng? Chỉ số nào có thể giúp?',
	walkAsk_tryValue:
		'Nếu chỉ số này đạt mức cao nhất cả nước, {unit} lên mấy hạng? Có đáng đầu tư không?',
	walkAsk_tryOthers:
		'Vì sao điểm của một tỉnh có thể giảm dù tỉnh đó không làm gì khác đi? Điều này ảnh hưởng thế nào khi so sánh giữa các năm?',
	walkAsk_tryWeight:
		'Ai nên quyết định trọng số? Nếu mỗi tỉnh tự chọn trọng số có lợi cho mình thì sao?',
	walkAsk_recap: 'Điều gì làm anh chị ngạc nhiên nhất? Tỉnh mình nên ưu tiên cải thiện chỉ số nào?',
	walkNoWorkbook: 'Chưa có sổ tính để hướng dẫn.',
	traceCellTitle: 'Lần vết ô',
	traceIs: 'Ô này là {what}.',
	traceValue: 'Giá trị',
	traceFormula: 'Công thức',
	traceInputCell: 'Ô nhập liệu: không có công thức; các ô khác đọc từ nó.',
	tracePrecedents: 'Ô nguồn — công thức đọc từ',
	traceDependents: 'Ô phụ thuộc trực tiếp — đọc ô này',
	traceNone: 'Không có.',
	traceReach: 'Các điểm số phụ thuộc vào ô này (trực tiếp hoặc gián tiếp)',
	traceReachNone: 'Không điểm số nào phụ thuộc vào ô này.',
	traceReachAll: 'tất cả {n} đơn vị',
	traceReachSome: '{n} đơn vị',
	traceVia: 'qua {name}',
	traceGoTo: 'Đi tới ô {cell}: {what}',
	traceMore: '… và {n} ô khác',
	traceBack: '← Quay lại ô trước',
	tracePickKind: 'Loại ô',
	tracePickScore: 'Điểm',
	tracePickRaw: 'Giá trị thô',
	tracePickWeight: 'Trọng số',
	tracePickNode: 'Mã',
	tracePickAddress: 'Hoặc nhập địa chỉ (ví dụ Level2!C5)',
	traceGo: 'Lần vết',
	traceBadAddress: '“{text}” không phải địa chỉ ô hợp lệ của sổ tính.',
	traceHint:
		'Bấm một địa chỉ trong công thức để đi tới [[precedent|ô nguồn]]; danh sách dưới cho biết [[dependent|ô phụ thuộc]] — một thay đổi sẽ lan tới đâu.',
	cellRaw: 'giá trị thô {code} của {unit}',
	cellStage: 'giá trị {code} của {unit} sau bước {sheet}',
	cellBoundMin: 'giá trị thấp nhất của {code}',
	cellBoundMax: 'giá trị cao nhất của {code}',
	cellScore: 'điểm {code} của {unit}',
	cellResult: 'điểm {code} của {unit} (trang kết quả)',
	cellRatio: 'tỷ số đầu ra/đầu vào của {unit}',
	cellWeight: 'trọng số của {code} (W_{code})',
	cellDirection: 'chiều của {code} (D_{code})',
	cellLabel: 'một ô nhãn',
	cellRange: 'vùng {range}',
	glossFilter: 'Tìm thuật ngữ',
	glossNone: 'Không tìm thấy thuật ngữ nào.',
	glossOther: 'Tiếng Anh: {term}',
	glossShow: 'Định nghĩa của “{term}”',
	glossAll: 'Xem bảng thuật ngữ',
	glossTerm_pii: 'PII (Chỉ số đổi mới sáng tạo cấp địa phương)',
	glossDef_pii:
		'Bộ chỉ số do Bộ Khoa học và Công nghệ công bố từ năm 2024 (kỳ PII 2023) để đo năng lực và kết quả đổi mới sáng tạo của từng tỉnh, thành phố; xây dựng theo mô hình Chỉ số Đổi mới sáng tạo toàn cầu (GII).',
	glossTerm_compositeIndex: 'chỉ số tổng hợp',
	glossDef_compositeIndex:
		'Một con số gộp nhiều chỉ số có đơn vị khác nhau, sau khi chuẩn hóa và lấy trung bình có trọng số qua một khung nhiều tầng.',
	glossTerm_subIndex: 'chỉ số phụ',
	glossDef_subIndex:
		'Tầng ngay dưới PII: chỉ số phụ đầu vào (trung bình trụ cột 1–5) và chỉ số phụ đầu ra (trung bình trụ cột 6–7). PII là trung bình của hai chỉ số phụ.',
	glossTerm_input: 'đầu vào',
	glossDef_input:
		'Các điều kiện cho đổi mới sáng tạo: thể chế; vốn con người và nghiên cứu; cơ sở hạ tầng; trình độ phát triển của thị trường và của doanh nghiệp (trụ cột 1–5).',
	glossTerm_output: 'đầu ra',
	glossDef_output:
		'Kết quả của đổi mới sáng tạo: sản phẩm tri thức, sáng tạo và công nghệ; tác động (trụ cột 6–7).',
	glossTerm_pillar: 'trụ cột',
	glossDef_pillar:
		'Một trong 7 lĩnh vực lớn của PII (P1–P7); điểm trụ cột là trung bình có trọng số của các trụ cột con.',
	glossTerm_subPillar: 'trụ cột con',
	glossDef_subPillar:
		'Nhóm chỉ số thành phần cùng chủ đề trong một trụ cột; PII có 16 trụ cột con. Tên trụ cột con của trụ cột 3–7 là tên tạm vì chưa tìm được tên chính thức.',
	glossTerm_indicator: 'chỉ số thành phần',
	glossDef_indicator:
		'Một số liệu đo được cho mỗi tỉnh, ví dụ tỷ lệ lao động qua đào tạo; PII có 52 chỉ số thành phần, là tầng thấp nhất của khung.',
	glossTerm_rawValue: 'giá trị thô',
	glossDef_rawValue:
		'Con số gốc của một chỉ số theo đơn vị riêng của nó (%, điểm, số doanh nghiệp…), trước khi chuẩn hóa.',
	glossTerm_normalisation: 'chuẩn hóa',
	glossDef_normalisation:
		'Đưa các chỉ số có đơn vị khác nhau về cùng một thang (ở đây 0–100) để so sánh và cộng gộp được.',
	glossTerm_minMax: 'min-max',
	glossDef_minMax:
		'Cách chuẩn hóa: điểm = 100 × (x − min) / (max − min), trong đó min và max là giá trị thấp nhất và cao nhất của chỉ số trong tất cả các tỉnh của kỳ đó.',
	glossTerm_direction: 'chiều của chỉ số',
	glossDef_direction:
		'Cho biết giá trị cao là tốt (chiều 1) hay xấu (chiều −1). Với chiều −1, công thức đảo lại: 100 × (max − x) / (max − min). Cả 52 chỉ số PII đều có chiều 1.',
	glossTerm_weight: 'trọng số',
	glossDef_weight:
		'Mức quan trọng của một thành phần khi lấy trung bình trong cấp trên của nó. Trọng số là tương đối: 1, 1, 1 hay 2, 2, 2 cho cùng kết quả.',
	glossTerm_renormalise: 'chia lại trọng số',
	glossDef_renormalise:
		'Khi một thành phần thiếu số liệu, trọng số của nó được bỏ ra và các thành phần còn lại chia nhau phần đó theo đúng tỷ lệ giữa chúng.',
	glossTerm_weightedMean: 'trung bình có trọng số',
	glossDef_weightedMean:
		'Tổng (trọng số × điểm) chia cho tổng trọng số. Khi mọi trọng số bằng nhau, đó là trung bình cộng thông thường.',
	glossTerm_aggregation: 'tổng hợp',
	glossDef_aggregation:
		'Gộp điểm các thành phần thành điểm của cấp trên: chỉ số thành phần → trụ cột con → trụ cột → chỉ số phụ → PII.',
	glossTerm_rank: 'xếp hạng',
	glossDef_rank:
		'Thứ tự các tỉnh theo điểm PII từ cao xuống thấp; hạng 1 là cao nhất. Thứ hạng chỉ cho biết thứ tự, không cho biết khoảng cách điểm.',
	glossTerm_competitionRanking: 'đồng hạng',
	glossDef_competitionRanking:
		'Cách xếp hạng khi điểm bằng nhau: các tỉnh bằng điểm cùng hạng và hạng kế tiếp được bỏ qua (1, 2, 2, 4).',
	glossTerm_missing: 'thiếu dữ liệu',
	glossDef_missing:
		'Ô không có giá trị. Ứng dụng không tự điền (không ước lượng): chỉ số thiếu được bỏ qua khi tổng hợp và trọng số được chia lại. Quy tắc chính thức của PII về thiếu dữ liệu chưa được công bố.',
	glossTerm_constantIndicator: 'chỉ số không đổi',
	glossDef_constantIndicator:
		'Chỉ số có cùng giá trị ở mọi tỉnh (max = min): không chuẩn hóa được, nên bị loại khỏi phép tổng hợp cho tất cả các tỉnh và có cảnh báo.',
	glossTerm_contribution: 'đóng góp',
	glossDef_contribution:
		'Phần điểm một chỉ số mang lại cho điểm tổng: trọng số hiệu dụng × điểm chuẩn hóa. Tổng các đóng góp đúng bằng điểm.',
	glossTerm_median: 'trung vị',
	glossDef_median:
		'Giá trị ở giữa khi xếp các tỉnh theo thứ tự: một nửa số tỉnh cao hơn, một nửa thấp hơn. Ít bị kéo lệch bởi tỉnh quá cao hay quá thấp so với trung bình cộng.',
	glossTerm_region: 'vùng kinh tế – xã hội',
	glossDef_region:
		'Một trong 6 vùng của Việt Nam (ví dụ Đồng bằng sông Hồng); dùng để so sánh một tỉnh với các tỉnh cùng vùng.',
	glossTerm_baseline: 'mốc so sánh',
	glossDef_baseline:
		'Bộ điểm và thứ hạng được giữ lại (khi nạp dữ liệu hoặc khi bấm “Ghim làm mốc”) để so sánh với kịch bản hiện tại.',
	glossTerm_scenario: 'kịch bản',
	glossDef_scenario:
		'Một bộ dữ liệu và trọng số đã sửa để trả lời câu hỏi “nếu… thì sao?”, không làm thay đổi dữ liệu gốc.',
	glossTerm_efficiency: 'hiệu quả (tỷ số đầu ra/đầu vào)',
	glossDef_efficiency:
		'Điểm đầu ra chia cho điểm đầu vào: tỉnh biến điều kiện thành kết quả tốt đến đâu. GII công bố tỷ số này, PII thì không; ứng dụng hiển thị thêm để tham khảo.',
	glossTerm_edition: 'kỳ công bố',
	glossDef_edition:
		'Một lần công bố PII (2023, 2024, 2025). Vì min và max được tính lại ở mỗi kỳ và số đơn vị thay đổi (63 → 34), điểm của các kỳ không so sánh trực tiếp được.',
	glossTerm_illustrativeData: 'dữ liệu minh họa',
	glossDef_illustrativeData:
		'Giá trị của 52 chỉ số do máy sinh ra, hiệu chỉnh để điểm PII khớp điểm đã công bố. Không phải số liệu chính thức; dùng để học và thử nghiệm.',
	glossTerm_outlier: 'xử lý giá trị ngoại lai',
	glossDef_outlier:
		'Làm giảm ảnh hưởng của giá trị quá lớn hoặc quá nhỏ trước khi chuẩn hóa (GII cắt bớt phần đuôi hoặc lấy logarit). PII chưa công bố có làm bước này hay không; ứng dụng mặc định không xử lý.',
	glossTerm_workbook: 'sổ tính',
	glossDef_workbook:
		'Tập các trang tính (Framework, Data, Bounds, Normalised, Level2–Level5, Results) chứa toàn bộ mô hình dưới dạng công thức đọc được.',
	glossTerm_cell: 'ô',
	glossDef_cell:
		'Giao của một hàng và một cột trong trang tính, có địa chỉ như Level2!C5 (trang Level2, cột C, hàng 5). Ô nhập liệu chứa số; ô tính toán chứa công thức.',
	glossTerm_formula: 'công thức',
	glossDef_formula:
		'Phép tính trong một ô, bắt đầu bằng dấu “=”, đọc giá trị từ các ô khác. Khi một ô nguồn thay đổi, công thức tự tính lại.',
	glossTerm_namedCell: 'ô được đặt tên',
	glossDef_namedCell:
		'Ô có tên thay cho địa chỉ: W_<mã> là trọng số, D_<mã> là chiều của chỉ số, đều nằm trên trang Framework. Nhờ vậy công thức dễ đọc: N(Normalised!C2)*W_1.1.1.',
	glossTerm_precedent: 'ô nguồn',
	glossDef_precedent:
		'Ô mà một công thức đọc giá trị từ đó. Lần theo ô nguồn cho biết một điểm được tính từ đâu.',
	glossTerm_dependent: 'ô phụ thuộc',
	glossDef_dependent:
		'Ô có công thức đọc giá trị của ô đang xét. Lần theo ô phụ thuộc cho biết một thay đổi sẽ lan tới đâu.',
	glossTerm_choropleth: 'bản đồ phân tầng màu',
	glossDef_choropleth:
		'Bản đồ tô màu mỗi tỉnh theo giá trị của một chỉ số; chú giải cho biết màu nào ứng với giá trị nào.'
};

export const en: Record<keyof typeof vi, string> = {
	learnTabs: 'Parts of the learn view',
	learnTabWalk: 'Step-by-step walkthrough',
	learnTabTrace: 'Trace a cell',
	learnTabGlossary: 'Glossary',
	learnTrainerNote:
		'For trainers: about 30 minutes. Choose your participants’ province in “Selected province” and go through the steps in order; each step has a question for the room and a suggested time. Every number is read from the open workbook, including any data and weights you changed.',
	walkIndicator: 'Indicator followed',
	walkSteps: 'Steps',
	walkStepOf: 'Step {n} of {total}',
	walkPrev: '← Previous step',
	walkNext: 'Next step →',
	walkShowInGrid: 'Show in the spreadsheet',
	walkTraceCell: 'Trace this cell',
	walkAsk: 'Ask the room',
	walkMinutes: '≈ {n} min',
	walkFormulaIn: 'Formula in cell {cell}',
	walkExcerpt: 'Excerpt of sheet {sheet} (the cell in question in bold)',
	walkWorked: 'With the numbers',
	levelName1: 'indicator',
	levelName2: 'sub-pillar',
	levelName3: 'pillar',
	levelName4: 'sub-index',
	levelName5: 'index',
	levelNameN: 'level {level}',
	levelPlural1: 'indicators',
	levelPlural2: 'sub-pillars',
	levelPlural3: 'pillars',
	levelPlural4: 'sub-indices',
	levelPlural5: 'index',
	levelPluralN: 'level-{level} items',
	walkTitle_intro: 'The big picture',
	walkTitle_raw: 'The raw value',
	walkTitle_bounds: 'Lowest and highest in the country',
	walkTitle_normalise: 'Normalising to 0–100',
	walkTitle_aggregate: 'Up to {level} {code}',
	walkTitle_rank: 'The rank',
	walkTitle_tryValue: 'Try it: change the value, watch the rank',
	walkTitle_tryOthers: 'Try it: another province changes, your score moves',
	walkTitle_tryWeight: 'Try it: change a weight',
	walkTitle_recap: 'Recap',
	walkIntroBody:
		'Follow one [[rawValue|raw value]] of {unit} through every formula of the [[workbook|workbook]] up to its [[pii|PII]] score and rank. The index is computed over {levels} levels; each level is a sheet and each score a [[cell|cell]] with a readable [[formula|formula]]. Today’s path:',
	walkIntroCount: '{count} {level}',
	walkRawBody:
		'Cell {cell} of the Data sheet holds the [[rawValue|raw value]] of {unit} for [[indicator|indicator]] {code} “{name}”. It is an input cell: a number supplied by the province or a statistics office, not yet compared with any other province. Indicators come in different units (%, points, number of firms…), so they cannot be added up yet.',
	walkRawMissing:
		'{unit} has no value for this indicator: an empty cell is skipped in the aggregation ([[missing|missing data]]).',
	walkUnitOfMeasure: 'Unit of measure: {unit}',
	walkBoundsBody:
		'The Bounds sheet finds the lowest (min) and highest (max) value of this indicator over all {n} units. These two numbers are the common ruler every province is measured against.',
	walkBoundsMin: 'Lowest (min): {value} — {units}',
	walkBoundsMax: 'Highest (max): {value} — {units}',
	walkNormaliseBody:
		'[[minMax|Min-max]] [[normalisation|normalisation]] puts every value on a 0–100 scale: the lowest province gets 0, the highest 100, the others in proportion. {unit} scores {score}.',
	walkNormaliseDown:
		'This indicator has [[direction|direction]] −1 (lower is better), so the formula is flipped: max − x.',
	walkAggregateBody:
		'Cell {cell} computes {level} {code} “{name}” as the [[weightedMean|weighted mean]] of its {k} parts. A part without data is skipped and the [[renormalise|weights are shared out again]] among the parts present. {unit} scores {score}.',
	walkShareTimesScore: 'Share × score',
	walkSum: 'Total = {code} score',
	walkRankBody:
		'Finally the provinces are [[rank|ranked]] by PII score from high to low; equal scores share a rank ([[competitionRanking|competition ranking]]: 1, 2, 2, 4). {unit} scores {score} and ranks {rank} of {n}. The rank is not in the workbook: the app sorts the PII column of the Results sheet.',
	walkRankGap: 'Gap',
	walkTryValueBody:
		'Change {unit}’s raw value for indicator {code} and watch the normalised score, the PII score and the rank change at once. Every change can be undone (the Undo button or Ctrl+Z).',
	walkTryOthersBody:
		'Now change only the data of {other}, the province holding the {holds} value ({value}). {unit}’s raw value stays the same, yet its normalised score moves, because min and max belong to the whole country.',
	walkHoldsMax: 'highest',
	walkHoldsMin: 'lowest',
	walkTryWeightBody:
		'[[weight|Weights]] decide how much each part contributes. {code} “{name}” has weight {weight} within {parent}. Change it and watch {unit}’s rank. A weight only matters relative to its siblings.',
	walkNewValue: 'New value',
	walkNewWeight: 'New weight',
	walkApply: 'Apply',
	walkSetMax: 'Set to the highest value ({value})',
	walkSetMin: 'Set to the lowest value ({value})',
	walkSetOther: 'Set {unit}’s value to {value}',
	walkDouble: 'Double the weight',
	walkZero: 'Set the weight to 0',
	walkBefore: 'Before trying',
	walkNow: 'Now',
	walkLiveCaption: 'Numbers of {unit}, updated right after every change',
	walkLiveRaw: 'Raw value {code}',
	walkLiveNorm: 'Normalised score {code}',
	walkLiveScore: 'PII score',
	walkLiveRank: 'Rank',
	walkLiveBaseline: 'Rank against the baseline',
	walkRecap1:
		'Raw values come in different units; min-max [[normalisation|normalisation]] puts them all on a 0–100 scale.',
	walkRecap2:
		'Min and max belong to the whole country: one province’s change moves everyone’s scores.',
	walkRecap3:
		'Each level is the [[weightedMean|weighted mean]] of the level below; missing data shares the weight out again.',
	walkRecap4:
		'The PII is the mean of [[input|input]] and [[output|output]]; the [[rank|rank]] is only the order of the PII scores.',
	walkRecap5:
		'Min and max are recomputed in every [[edition|edition]], so scores of different editions cannot be compared directly.',
	walkRecapNext: 'Next: trace any cell in “Trace a cell”, or look terms up in “Glossary”.',
	walkAsk_intro:
		'How would you turn 52 numbers in different units into one score? What has to happen first?',
	walkAsk_raw:
		'What unit is this indicator measured in? Could you add it to an indicator measured in %?',
	walkAsk_bounds:
		'If the top province raises its value, what happens to the other provinces’ scores?',
	walkAsk_normalise:
		'What does a score of {score} say about {unit} compared with the country? Does a score of 0 mean the value is 0?',
	walkAsk_aggregate:
		'Which part pulls {unit}’s {code} score down the most? What if its weight went up?',
	walkAsk_rank: 'How many PII points would it take to climb one place? Which indicator could help?',
	walkAsk_tryValue:
		'If this indicator reached the national best, how many places would {unit} climb? Is it worth the investment?',
	walkAsk_tryOthers:
		'Why can a province’s score fall although it changed nothing? What does that mean for comparing years?',
	walkAsk_tryWeight:
		'Who should decide the weights? What if every province chose the weights that suit it?',
	walkAsk_recap: 'What surprised you most? Which indicator should your province work on first?',
	walkNoWorkbook: 'No workbook to walk through yet.',
	traceCellTitle: 'Trace of cell',
	traceIs: 'This cell is {what}.',
	traceValue: 'Value',
	traceFormula: 'Formula',
	traceInputCell: 'Input cell: no formula; other cells read from it.',
	tracePrecedents: 'Precedents — what the formula reads',
	traceDependents: 'Direct dependents — cells that read this one',
	traceNone: 'None.',
	traceReach: 'Scores that depend on this cell (directly or not)',
	traceReachNone: 'No score depends on this cell.',
	traceReachAll: 'all {n} units',
	traceReachSome: '{n} units',
	traceVia: 'via {name}',
	traceGoTo: 'Go to cell {cell}: {what}',
	traceMore: '… and {n} more cells',
	traceBack: '← Back to the previous cell',
	tracePickKind: 'Kind of cell',
	tracePickScore: 'Score',
	tracePickRaw: 'Raw value',
	tracePickWeight: 'Weight',
	tracePickNode: 'Code',
	tracePickAddress: 'Or type an address (e.g. Level2!C5)',
	traceGo: 'Trace',
	traceBadAddress: '“{text}” is not a valid cell address of the workbook.',
	traceHint:
		'Click an address in the formula to go to that [[precedent|precedent]]; the lists below show the [[dependent|dependents]] — how far a change spreads.',
	cellRaw: '{unit}’s raw value of {code}',
	cellStage: '{unit}’s value of {code} after the {sheet} step',
	cellBoundMin: 'the lowest value of {code}',
	cellBoundMax: 'the highest value of {code}',
	cellScore: '{unit}’s {code} score',
	cellResult: '{unit}’s {code} score (results sheet)',
	cellRatio: '{unit}’s output/input ratio',
	cellWeight: 'the weight of {code} (W_{code})',
	cellDirection: 'the direction of {code} (D_{code})',
	cellLabel: 'a label cell',
	cellRange: 'range {range}',
	glossFilter: 'Find a term',
	glossNone: 'No term found.',
	glossOther: 'Vietnamese: {term}',
	glossShow: 'Definition of “{term}”',
	glossAll: 'Open the glossary',
	glossTerm_pii: 'PII (Provincial Innovation Index)',
	glossDef_pii:
		'Index published by the Ministry of Science and Technology since 2024 (the PII 2023 edition) to measure the innovation capacity and results of each province and city; modelled on the Global Innovation Index (GII).',
	glossTerm_compositeIndex: 'composite index',
	glossDef_compositeIndex:
		'One number that combines many indicators measured in different units, after normalising them and taking weighted means up a multi-level framework.',
	glossTerm_subIndex: 'sub-index',
	glossDef_subIndex:
		'The level just below the PII: the input sub-index (mean of pillars 1–5) and the output sub-index (mean of pillars 6–7). The PII is the mean of the two.',
	glossTerm_input: 'input',
	glossDef_input:
		'The conditions for innovation: institutions; human capital and research; infrastructure; market and business sophistication (pillars 1–5).',
	glossTerm_output: 'output',
	glossDef_output:
		'What innovation produces: knowledge, creative and technology outputs; impact (pillars 6–7).',
	glossTerm_pillar: 'pillar',
	glossDef_pillar:
		'One of the 7 broad areas of the PII (P1–P7); a pillar score is the weighted mean of its sub-pillars.',
	glossTerm_subPillar: 'sub-pillar',
	glossDef_subPillar:
		'A group of indicators on one theme within a pillar; the PII has 16 sub-pillars. The names of the sub-pillars of pillars 3–7 are provisional, as the official names were not found.',
	glossTerm_indicator: 'indicator',
	glossDef_indicator:
		'One measured figure per province, such as the share of trained workers; the PII has 52 indicators, the lowest level of the framework.',
	glossTerm_rawValue: 'raw value',
	glossDef_rawValue:
		'The original figure of an indicator in its own unit (%, points, number of firms…), before normalisation.',
	glossTerm_normalisation: 'normalisation',
	glossDef_normalisation:
		'Bringing indicators measured in different units onto one scale (here 0–100) so they can be compared and combined.',
	glossTerm_minMax: 'min-max',
	glossDef_minMax:
		'A normalisation: score = 100 × (x − min) / (max − min), where min and max are the lowest and highest value of the indicator over all provinces of the edition.',
	glossTerm_direction: 'direction',
	glossDef_direction:
		'Whether a high value is good (direction 1) or bad (direction −1). With direction −1 the formula is flipped: 100 × (max − x) / (max − min). All 52 PII indicators have direction 1.',
	glossTerm_weight: 'weight',
	glossDef_weight:
		'How much a part counts when its parent takes the mean. Weights are relative: 1, 1, 1 and 2, 2, 2 give the same result.',
	glossTerm_renormalise: 'renormalised weights',
	glossDef_renormalise:
		'When a part has no data, its weight is taken out and the parts present share it in proportion to their own weights.',
	glossTerm_weightedMean: 'weighted mean',
	glossDef_weightedMean:
		'The sum of (weight × score) divided by the sum of the weights. With equal weights it is the ordinary mean.',
	glossTerm_aggregation: 'aggregation',
	glossDef_aggregation:
		'Combining the scores of the parts into the score of the level above: indicator → sub-pillar → pillar → sub-index → PII.',
	glossTerm_rank: 'rank',
	glossDef_rank:
		'The order of the provinces by PII score from high to low; rank 1 is the highest. A rank tells the order, not the distance between scores.',
	glossTerm_competitionRanking: 'competition ranking',
	glossDef_competitionRanking:
		'Ranking with ties: provinces with equal scores share a rank and the next rank is skipped (1, 2, 2, 4).',
	glossTerm_missing: 'missing data',
	glossDef_missing:
		'A cell without a value. The app does not fill it in (no imputation): the indicator is skipped in the aggregation and the weights are shared out again. The official PII rule for missing data is not published.',
	glossTerm_constantIndicator: 'constant indicator',
	glossDef_constantIndicator:
		'An indicator with the same value for every province (max = min): it cannot be normalised, so it is left out of the aggregation for every province, with a warning.',
	glossTerm_contribution: 'contribution',
	glossDef_contribution:
		'The part of a score an indicator brings: effective weight × normalised score. The contributions add up exactly to the score.',
	glossTerm_median: 'median',
	glossDef_median:
		'The middle value when the provinces are put in order: half are higher, half lower. Less pulled by a very high or very low province than the mean.',
	glossTerm_region: 'socio-economic region',
	glossDef_region:
		'One of Vietnam’s 6 regions (e.g. the Red River Delta); used to compare a province with its neighbours.',
	glossTerm_baseline: 'baseline',
	glossDef_baseline:
		'Scores and ranks kept aside (when the data are loaded or with “Pin as baseline”) to compare the current scenario with.',
	glossTerm_scenario: 'scenario',
	glossDef_scenario:
		'A set of changed data and weights that answers a “what if…?” question without changing the original data.',
	glossTerm_efficiency: 'efficiency (output/input ratio)',
	glossDef_efficiency:
		'The output score divided by the input score: how well a province turns conditions into results. The GII publishes it, the PII does not; the app shows it as an extra.',
	glossTerm_edition: 'edition',
	glossDef_edition:
		'One release of the PII (2023, 2024, 2025). Min and max are recomputed in every edition and the number of units changed (63 → 34), so scores of different editions cannot be compared directly.',
	glossTerm_illustrativeData: 'illustrative data',
	glossDef_illustrativeData:
		'Values of the 52 indicators generated by a program and calibrated so that the PII scores match the published ones. Not official data; for learning and trying things out.',
	glossTerm_outlier: 'outlier treatment',
	glossDef_outlier:
		'Reducing the pull of very large or very small values before normalising (the GII winsorises or takes logarithms). Whether the PII does this is not published; by default the app does not.',
	glossTerm_workbook: 'workbook',
	glossDef_workbook:
		'The set of sheets (Framework, Data, Bounds, Normalised, Level2–Level5, Results) that holds the whole model as readable formulas.',
	glossTerm_cell: 'cell',
	glossDef_cell:
		'Where a row and a column of a sheet meet, with an address such as Level2!C5 (sheet Level2, column C, row 5). Input cells hold numbers; computed cells hold formulas.',
	glossTerm_formula: 'formula',
	glossDef_formula:
		'The calculation in a cell, starting with “=”, reading values from other cells. When a cell it reads changes, the formula recomputes.',
	glossTerm_namedCell: 'named cell',
	glossDef_namedCell:
		'A cell with a name instead of an address: W_<code> is a weight and D_<code> an indicator’s direction, both on the Framework sheet. That keeps formulas readable: N(Normalised!C2)*W_1.1.1.',
	glossTerm_precedent: 'precedent',
	glossDef_precedent:
		'A cell a formula reads from. Following precedents shows where a score comes from.',
	glossTerm_dependent: 'dependent',
	glossDef_dependent:
		'A cell whose formula reads the cell in question. Following dependents shows how far a change spreads.',
	glossTerm_choropleth: 'choropleth map',
	glossDef_choropleth:
		'A map that colours each province by the value of an indicator; the legend tells which colour stands for which value.'
};
