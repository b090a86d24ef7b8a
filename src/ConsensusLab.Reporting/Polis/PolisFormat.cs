using System.Globalization;
using CsvHelper;

namespace ConsensusLab.Reporting.Polis;

/// <summary>
/// Reads and writes Polis' open-data export format (comments.csv, votes.csv, participants-votes.csv). Times are read
/// from the <c>timestamp</c> column (milliseconds since 1970, UTC); the <c>datetime</c> column is only for people and
/// is written in UTC. The <c>agrees</c> and <c>disagrees</c> of comments.csv are recounted from the latest votes on
/// writing and ignored on reading, since votes.csv is the raw data.
/// </summary>
public static class PolisFormat
{
    private static readonly string[] CommentColumns =
        ["timestamp", "datetime", "comment-id", "author-id", "agrees", "disagrees", "moderated", "comment-body"];

    private static readonly string[] VoteColumns = ["timestamp", "datetime", "comment-id", "voter-id", "vote"];

    /// <summary>Reads comments.csv and votes.csv.</summary>
    /// <exception cref="FormatException">A header or a row is malformed; the message names the file, line and column.</exception>
    public static PolisConversation Read(TextReader comments, TextReader votes)
    {
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(votes);
        var commentRows = new List<PolisComment>();
        using (var file = PolisCsvFile.Open(comments, "comments.csv", CommentColumns))
        {
            while (file.Read())
            {
                commentRows.Add(new PolisComment(file.Integer("comment-id"), file.Text("author-id"), file.Time("timestamp"),
                    file.Moderation("moderated"), file.Text("comment-body")));
            }
        }

        var voteRows = new List<PolisVoteEvent>();
        using (var file = PolisCsvFile.Open(votes, "votes.csv", VoteColumns))
        {
            while (file.Read())
            {
                voteRows.Add(new PolisVoteEvent(file.Time("timestamp"), file.Integer("comment-id"), file.Text("voter-id"),
                    file.Vote("vote")));
            }
        }

        return new PolisConversation(commentRows, voteRows);
    }

    /// <summary>Writes comments.csv (agrees and disagrees recounted from the latest votes) and votes.csv.</summary>
    public static void Write(PolisConversation conversation, TextWriter comments, TextWriter votes)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(votes);
        var latest = conversation.LatestVotes();
        var agrees = latest.Where(v => v.Vote == 1).CountBy(v => v.StatementId).ToDictionary();
        var disagrees = latest.Where(v => v.Vote == -1).CountBy(v => v.StatementId).ToDictionary();
        WriteRows(comments, CommentColumns, conversation.Comments, (csv, comment) =>
        {
            WriteTime(csv, comment.Created);
            csv.WriteField(Invariant(comment.CommentId));
            csv.WriteField(comment.AuthorId);
            csv.WriteField(Invariant(agrees.GetValueOrDefault(comment.CommentId)));
            csv.WriteField(Invariant(disagrees.GetValueOrDefault(comment.CommentId)));
            csv.WriteField(Invariant(comment.Moderated));
            csv.WriteField(comment.Body);
        });
        WriteRows(votes, VoteColumns, conversation.Votes, (csv, vote) =>
        {
            WriteTime(csv, vote.At);
            csv.WriteField(Invariant(vote.CommentId));
            csv.WriteField(vote.VoterId);
            csv.WriteField(Invariant(vote.Vote));
        });
    }

    /// <summary>Polis' opinion group of each participant from participants-votes.csv; null when Polis left one out.</summary>
    /// <exception cref="FormatException">The header or a row is malformed; the message names the line.</exception>
    public static IReadOnlyDictionary<string, int?> ReadGroups(TextReader participantsVotes)
    {
        ArgumentNullException.ThrowIfNull(participantsVotes);
        var groups = new Dictionary<string, int?>(StringComparer.Ordinal);
        using var file = PolisCsvFile.Open(participantsVotes, "participants-votes.csv", ["participant", "group-id"]);
        while (file.Read())
        {
            groups[file.Text("participant")] = file.OptionalInteger("group-id");
        }

        return groups;
    }

    private static void WriteRows<T>(TextWriter writer, string[] header, IEnumerable<T> rows, Action<CsvWriter, T> writeFields)
    {
        using var csv = CsvWriter.Create(writer, leaveOpen: true);
        csv.WriteHeader(header);
        foreach (var row in rows)
        {
            writeFields(csv, row);
            csv.EndRecord();
        }
    }

    private static void WriteTime(CsvWriter csv, DateTimeOffset time)
    {
        csv.WriteField(Invariant(time.ToUnixTimeMilliseconds()));
        csv.WriteField(time.UtcDateTime.ToString("ddd MMM dd HH:mm:ss 'UTC' yyyy", CultureInfo.InvariantCulture));
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
