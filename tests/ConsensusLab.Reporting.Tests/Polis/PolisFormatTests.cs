using ConsensusLab.Reporting.Polis;

namespace ConsensusLab.Reporting.Tests.Polis;

public sealed class PolisFormatTests
{
    [Theory]
    [InlineData(PolisData.Seattle, 54, 2995)]
    [InlineData(PolisData.Scoop, 71, 7174)]
    public void A_real_export_reads_every_comment_and_vote(string name, int comments, int votes)
    {
        var conversation = PolisData.Conversation(name);

        Assert.Equal(comments, conversation.Comments.Count);
        Assert.Equal(votes, conversation.Votes.Count);
    }

    [Fact]
    public void A_multi_line_comment_keeps_its_lines()
    {
        var comment = Assert.Single(PolisData.Conversation(PolisData.Scoop).Comments, c => c.CommentId == 70);

        Assert.Equal("0", comment.AuthorId);
        Assert.Equal(1, comment.Moderated);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1503491937484), comment.Created);
        Assert.StartsWith("We should adopt these four steps recommended by BINZ to progress a UBI:\n1. Replace", comment.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PolisData.Seattle)]
    [InlineData(PolisData.Scoop)]
    public void Writing_then_reading_gives_back_the_comments_and_votes(string name)
    {
        var conversation = PolisData.Conversation(name);
        using var comments = new StringWriter();
        using var votes = new StringWriter();

        PolisFormat.Write(conversation, comments, votes);
        var back = PolisFormat.Read(new StringReader(comments.ToString()), new StringReader(votes.ToString()));

        Assert.Equal(conversation.Comments, back.Comments);
        Assert.Equal(conversation.Votes, back.Votes);
    }

    [Fact]
    public void Written_agrees_and_disagrees_are_recounted_from_the_latest_votes()
    {
        var conversation = new PolisConversation(
            [new PolisComment(4, "9", DateTimeOffset.FromUnixTimeMilliseconds(1000), 1, "Fees, \"fair\"")],
            [
                new PolisVoteEvent(DateTimeOffset.FromUnixTimeMilliseconds(2000), 4, "1", 1),
                new PolisVoteEvent(DateTimeOffset.FromUnixTimeMilliseconds(3000), 4, "2", 1),
                new PolisVoteEvent(DateTimeOffset.FromUnixTimeMilliseconds(4000), 4, "1", -1),
            ]);
        using var comments = new StringWriter();
        using var votes = new StringWriter();

        PolisFormat.Write(conversation, comments, votes);

        Assert.Equal(
            "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\r\n" +
            "1000,Thu Jan 01 00:00:01 UTC 1970,4,9,1,1,1,\"Fees, \"\"fair\"\"\"\r\n",
            comments.ToString());
        Assert.StartsWith("timestamp,datetime,comment-id,voter-id,vote\r\n2000,Thu Jan 01 00:00:02 UTC 1970,4,1,1\r\n", votes.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timestamp,datetime,comment-id,voter-id\n", "votes.csv line 1: the header lacks the column(s) vote.")]
    [InlineData("timestamp,datetime,comment-id,voter-id,vote\n1,x,3,4,1\n2,x,3,4,2\n", "votes.csv line 3, column vote: '2' is not 1, -1 or 0.")]
    [InlineData("timestamp,datetime,comment-id,voter-id,vote\n1,x,3,4,1\nsoon,x,3,4,1\n", "votes.csv line 3, column timestamp: 'soon' is not milliseconds since 1970.")]
    [InlineData("timestamp,datetime,comment-id,voter-id,vote\n1,x,three,4,1\n", "votes.csv line 2, column comment-id: 'three' is not an integer.")]
    public void A_malformed_file_is_rejected_naming_the_line_and_column(string votes, string message)
    {
        var comments = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n";

        var error = Assert.Throws<FormatException>(() => PolisFormat.Read(new StringReader(comments), new StringReader(votes)));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_comment_line_is_counted_after_a_multi_line_body()
    {
        var comments = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n" +
            "1,x,0,5,0,0,1,\"two\nlines\"\n1,x,1,5,0,0,2,bad\n";

        var error = Assert.Throws<FormatException>(() => PolisFormat.Read(new StringReader(comments), new StringReader("timestamp,datetime,comment-id,voter-id,vote\n")));

        Assert.Equal("comments.csv line 4, column moderated: '2' is not 1, 0 or -1.", error.Message);
    }

    [Fact]
    public void Polis_groups_are_read_with_an_empty_group_as_none()
    {
        var groups = PolisData.PolisGroups(PolisData.Seattle);

        Assert.Equal(339, groups.Count);
        Assert.Equal(138, groups.Values.Count(g => g is not null));
        Assert.Equal(0, groups["0"]);
        Assert.Equal(2, groups.Values.Where(g => g is not null).Distinct().Count());
    }
}
