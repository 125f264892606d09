// Labels and messages of the profile view.

export const vi = {
	profileTitle: 'Hồ sơ {unit}',
	profileOverview: 'Tổng quan',
	profileRankOf: 'Hạng {rank}/{n}',
	profileRegionRank: 'Hạng trong vùng {rank}/{n}',
	profileUnranked: 'Không xếp hạng',
	profileExplain: 'Giải thích điểm {node} của {unit}: {value}',
	profileScoreHint: 'Bấm vào một điểm số để xem cách tính.',
	profilePillars: 'Trụ cột và nhóm trụ cột',
	profileChartTitle: 'Điểm trụ cột và nhóm trụ cột của {unit} so với trung vị',
	profileChartDesc:
		'Biểu đồ thanh ngang, thang điểm 0–100. Mỗi thanh là điểm của {unit}; vạch dọc đen là trung vị cả nước, hình thoi cam là trung vị vùng {region}. Bảng số liệu đi kèm có đủ các con số.',
	profileNationalMedian: 'Trung vị cả nước',
	profileRegionalMedian: 'Trung vị vùng',
	profileRegionalMedianOf: 'Trung vị vùng {region}',
	profilePillarTable: 'Điểm trụ cột và nhóm trụ cột',
	profileName: 'Tên',
	profileScore: 'Điểm',
	profileStrongest: '5 chỉ số mạnh nhất',
	profileWeakest: '5 chỉ số yếu nhất',
	profileStrengthsHint:
		'Theo thứ hạng của tỉnh trên từng chỉ số (điểm chuẩn hóa) trong số các tỉnh có số liệu; chỉ số thiếu số liệu không được xét.',
	profileNoneRanked: 'Không có chỉ số nào được xếp hạng.',
	profileIndicators: 'Tất cả {n} chỉ số',
	profileIndicator: 'Chỉ số',
	profileValue: 'Giá trị',
	profileMeasure: 'Đơn vị tính',
	profileNormalised: 'Điểm chuẩn hóa',
	profileLead: 'Sở/ngành chủ trì',
	profileSortBy: 'Sắp xếp theo {column}'
};

export const en: Record<keyof typeof vi, string> = {
	profileTitle: 'Profile of {unit}',
	profileOverview: 'Overview',
	profileRankOf: 'Rank {rank} of {n}',
	profileRegionRank: 'Rank in region {rank} of {n}',
	profileUnranked: 'Unranked',
	profileExplain: 'Explain the {node} score of {unit}: {value}',
	profileScoreHint: 'Click a score to see how it is computed.',
	profilePillars: 'Pillars and sub-pillars',
	profileChartTitle: 'Pillar and sub-pillar scores of {unit} against the medians',
	profileChartDesc:
		'Horizontal bar chart on a 0–100 scale. Each bar is the score of {unit}; the black vertical mark is the national median, the orange diamond the median of the {region} region. The accompanying table gives all the numbers.',
	profileNationalMedian: 'National median',
	profileRegionalMedian: 'Regional median',
	profileRegionalMedianOf: 'Median of {region}',
	profilePillarTable: 'Pillar and sub-pillar scores',
	profileName: 'Name',
	profileScore: 'Score',
	profileStrongest: '5 strongest indicators',
	profileWeakest: '5 weakest indicators',
	profileStrengthsHint:
		"By the province's rank on each indicator (normalised score) among provinces with data; indicators without data are left out.",
	profileNoneRanked: 'No indicator is ranked.',
	profileIndicators: 'All {n} indicators',
	profileIndicator: 'Indicator',
	profileValue: 'Value',
	profileMeasure: 'Unit',
	profileNormalised: 'Normalised score',
	profileLead: 'Lead department',
	profileSortBy: 'Sort by {column}'
};
