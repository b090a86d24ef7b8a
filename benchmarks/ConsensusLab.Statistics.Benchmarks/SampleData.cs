namespace ConsensusLab.Statistics.Benchmarks;

/// <summary>The groups every benchmark uses.</summary>
internal static class SampleData
{
    public static readonly string[] Groups = ["GOV", "IGO", "PS", "CS", "TC", "ACA"];
}
