using System.Collections.Immutable;

namespace ConsensusLab.Domain.Countries;

/// <summary>The LDC list a count used: the bundled list, less the graduations that took effect by the day.</summary>
/// <param name="AsOf">The day the list is taken on (the session's day).</param>
/// <param name="BaseList">The date of the bundled list (countries.csv's <c>ldc</c> column).</param>
/// <param name="Table">The graduation table read: "bundled", or the file an operator configured.</param>
/// <param name="Graduated">Graduations in effect on the day: those countries no longer count as LDCs.</param>
/// <param name="Pending">Dates of the table the General Assembly has not decided yet, applied as given.</param>
public sealed record LdcListOn(DateOnly AsOf, DateOnly BaseList, string Table, ImmutableArray<LdcGraduation> Graduated,
    ImmutableArray<LdcGraduation> Pending);
