// Labels and messages of the weights view.

export const vi = {
	weightsIntro:
		'Trọng số tương đối của mỗi thành phần trong nhóm của nó; tỷ trọng là trọng số đã chuẩn hóa (tổng 100%). Mỗi lần sửa là một bước hoàn tác, bảng xếp hạng cập nhật ngay.',
	weightsLevels: 'Cấp trọng số',
	weightsLevel4: 'Chỉ số thành phần',
	weightsLevel3: 'Trụ cột',
	weightsLevel2: 'Nhóm chỉ số',
	weightsLevel1: 'Chỉ số',
	weightsLevelOther: 'Cấp {level}',
	weightsEffective: 'Trọng số hiệu dụng',
	weightOf: 'Trọng số {code}',
	weightsColNode: 'Thành phần',
	weightsColSlider: 'Điều chỉnh (0–5)',
	weightsColWeight: 'Trọng số',
	weightsColOfficial: 'Chính thức',
	weightsColShare: 'Tỷ trọng trong nhóm',
	weightsColEffective: 'Tỷ trọng trong {root}',
	weightsGroupTotal: 'Tổng trọng số {total} · chiếm {share} của {root}',
	weightsGroupZero:
		'Mọi trọng số trong nhóm bằng 0: nhóm này không có điểm và bị loại khỏi phép tổng hợp.',
	weightsInvalid: 'Trọng số phải là số không âm (ví dụ 1,5). Giữ nguyên giá trị cũ: {old}.',
	weightsChangedOne: '1 trọng số khác chính thức.',
	weightsChangedCount: '{count} trọng số khác chính thức.',
	weightsAllOfficial: 'Đang dùng trọng số chính thức.',
	weightsChangedMark: 'đã đổi',
	weightsReset: 'Khôi phục trọng số chính thức',
	weightsResetHint:
		'Đưa mọi trọng số về giá trị của khung chỉ số khi nạp (PII: bằng nhau) trong một bước hoàn tác.',
	weightsResetOne: 'Khôi phục trọng số chính thức của {code} ({official})',
	weightsEffectiveIntro:
		'Trọng số của từng chỉ số trong điểm {root}: tích các tỷ trọng trên đường từ chỉ số lên {root}. Khi một tỉnh thiếu dữ liệu một chỉ số, trọng số được chuẩn hóa lại riêng cho tỉnh đó.',
	weightsColIndicator: 'Chỉ số',
	weightsColParent: 'Thuộc nhóm',
	weightsColNow: 'Hiện tại',
	weightsColDelta: 'Chênh lệch (điểm %)',
	weightsTotal: 'Tổng'
};

export const en: Record<keyof typeof vi, string> = {
	weightsIntro:
		'Relative weight of each component within its group; the share is the renormalised weight (summing to 100%). Every edit is one undo step and the ranking updates at once.',
	weightsLevels: 'Weight level',
	weightsLevel4: 'Sub-indices',
	weightsLevel3: 'Pillars',
	weightsLevel2: 'Sub-pillars',
	weightsLevel1: 'Indicators',
	weightsLevelOther: 'Level {level}',
	weightsEffective: 'Effective weights',
	weightOf: 'Weight {code}',
	weightsColNode: 'Component',
	weightsColSlider: 'Adjust (0–5)',
	weightsColWeight: 'Weight',
	weightsColOfficial: 'Official',
	weightsColShare: 'Share of group',
	weightsColEffective: 'Share of {root}',
	weightsGroupTotal: 'Total weight {total} · {share} of {root}',
	weightsGroupZero:
		'Every weight in this group is 0: the group has no score and is left out of the aggregation.',
	weightsInvalid: 'A weight must be a number ≥ 0 (e.g. 1.5). The old value is kept: {old}.',
	weightsChangedOne: '1 weight differs from the official one.',
	weightsChangedCount: '{count} weights differ from the official ones.',
	weightsAllOfficial: 'Using the official weights.',
	weightsChangedMark: 'changed',
	weightsReset: 'Reset to official weights',
	weightsResetHint:
		'Set every weight back to its value in the framework as loaded (PII: equal) in one undo step.',
	weightsResetOne: 'Reset the weight of {code} to official ({official})',
	weightsEffectiveIntro:
		'Weight of each indicator in the {root} score: the product of the shares on the path from the indicator up to {root}. When a province lacks an indicator, the weights are renormalised for that province alone.',
	weightsColIndicator: 'Indicator',
	weightsColParent: 'Group',
	weightsColNow: 'Current',
	weightsColDelta: 'Change (pp)',
	weightsTotal: 'Total'
};
