namespace ConsensusLab.Grains.Tests;

/// <summary>Waits for something that happens in the background (idle collection, a timer tick), with a deadline.</summary>
internal static class Eventually
{
    public static async Task True(Func<bool> condition, string what, int timeoutMs = 3_000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (!condition())
        {
            if (Environment.TickCount64 > deadline)
                Assert.Fail($"Timed out after {timeoutMs} ms waiting until {what}.");
            await Task.Delay(10);
        }
    }
}
