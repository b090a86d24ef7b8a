namespace ConsensusLab.Statistics;

/// <summary>One item of a ranking question, summarised over weighted respondents.</summary>
/// <param name="Item">Item index.</param>
/// <param name="BordaScore">Weighted mean Borda points per respondent: Options-1 for first place ... 0 for last.</param>
/// <param name="MeanRank">Weighted mean rank, 1 = first; equals Options - BordaScore.</param>
public sealed record RankedItem(int Item, double BordaScore, double MeanRank);
