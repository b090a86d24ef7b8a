namespace ConsensusLab.Reporting.Polis;

/// <summary>One row of a Polis export's comments.csv (a Polis "comment" is a statement).</summary>
/// <param name="CommentId">Polis' comment id.</param>
/// <param name="AuthorId">Polis' participant id of the author.</param>
/// <param name="Created">When the comment was written.</param>
/// <param name="Moderated">1 accepted, 0 unmoderated, −1 rejected.</param>
/// <param name="Body">The text.</param>
public sealed record PolisComment(int CommentId, string AuthorId, DateTimeOffset Created, int Moderated, string Body);
