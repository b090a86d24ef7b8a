namespace ConsensusLab.Server.Tests;

/// <summary>A body stream that will not tell its length, so the client sends the request without a Content-Length.</summary>
internal sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
{
    public override bool CanSeek => false;
}
