using Microsoft.Playwright;

namespace ConsensusLab.Server.BrowserTests;

/// <summary>One server and one browser for every browser test: starting Chromium is the slow part on a small CI machine.</summary>
public sealed class RoomFixture : IAsyncLifetime
{
    /// <summary>Generous, for a loaded two-core machine; the one "within a second" check sets its own.</summary>
    public const float Patience = 30_000;

    private Chromium? _chromium;
    private RoomServer? _server;

    public RoomServer Server => _server ?? throw new InvalidOperationException("The fixture is not started.");

    public IBrowser Browser => (_chromium ?? throw new InvalidOperationException("The fixture is not started.")).Browser;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(Patience);
        _server = new RoomServer();
        _chromium = await Chromium.LaunchAsync();
    }

    /// <summary>A fresh browser context (its own storage) in one language and screen size.</summary>
    public async Task<IPage> NewPageAsync(string language = "en", int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = language,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        PageErrors[page] = errors;
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                console.Add($"{message.Text} ({message.Location})");
        };
        ConsoleErrors[page] = console;
        return page;
    }

    /// <summary>Uncaught script errors per page: a test asserts there were none.</summary>
    public Dictionary<IPage, List<string>> PageErrors { get; } = [];

    /// <summary>
    /// Console messages of type error per page: what a person with the developer tools open would see in red, failed
    /// requests ("Failed to load resource: … 404") and refused policies included.
    /// </summary>
    public Dictionary<IPage, List<string>> ConsoleErrors { get; } = [];

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
            await _chromium.DisposeAsync();
        if (_server is not null)
            await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class RoomTestGroup : ICollectionFixture<RoomFixture>
{
    public const string Name = "Room";
}
