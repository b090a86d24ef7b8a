using System.Net;
using System.Net.Http.Json;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using ConsensusLab.Server.Tests.Resilience;

namespace ConsensusLab.Server.Tests.Room;

/// <summary>
/// Join links and QR codes name an address phones in the room can reach: the configured public address, or the
/// machine's own network address when the server listens on the network and the moderator opened it on the machine.
/// </summary>
public sealed class JoinAddressTests
{
    [Fact]
    public async Task Server_listening_on_the_network_gives_its_network_address_to_a_moderator_on_the_machine_itself()
    {
        var machine = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            .Select(a => a.ToString()).ToHashSet();
        var directory = Directory.CreateTempSubdirectory("consensuslab-join-").FullName;
        try
        {
            await using var server = await ServerProcess.StartAsync(Path.Combine(directory, "store.db"), listenOnNetwork: true);
            var joinUrl = new Uri(await JoinUrlAsync(server.Client));

            // A machine without a network (a sealed container) has nothing better than the address it was asked at.
            if (machine.Count == 0)
                Assert.Equal("127.0.0.1", joinUrl.Host);
            else
                Assert.Contains(joinUrl.Host, machine);
            Assert.Equal(server.Client.BaseAddress!.Port, joinUrl.Port);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Configured_public_address_wins()
    {
        await using var server = new ConsensusServer(settings: new Dictionary<string, string> { ["PublicBaseUrl"] = "https://forum.example.org/" });
        Assert.StartsWith("https://forum.example.org/join/", await JoinUrlAsync(server.Client), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_listening_on_loopback_only_names_the_address_it_was_asked_at()
    {
        var directory = Directory.CreateTempSubdirectory("consensuslab-join-").FullName;
        try
        {
            await using var server = await ServerProcess.StartAsync(Path.Combine(directory, "store.db"));
            Assert.Equal("127.0.0.1", new Uri(await JoinUrlAsync(server.Client)).Host);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<string> JoinUrlAsync(HttpClient client)
    {
        var created = await ConsensusServer.ReadAsync(await client.PostAsJsonAsync(new Uri("/api/sessions", UriKind.Relative), Sessions.LikertAndPosition,
            ConsensusServer.Json));
        return created["session"]!["joinUrl"]!.GetValue<string>();
    }
}
