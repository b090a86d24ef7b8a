using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ConsensusLab.Server.Api;

/// <summary>
/// The address participants' phones reach the server at, for join links and QR codes: PublicBaseUrl when configured
/// (behind a proxy, or to name the address yourself); else, when the server listens on the machine's network
/// interfaces and the page was opened on the machine itself (a moderator at http://127.0.0.1:5080), the machine's
/// address on the room's network with the same port; else the address the request came to.
/// </summary>
internal sealed class PublicAddress(IConfiguration configuration, IServer server)
{
    /// <summary>The base URL (no trailing slash) for links built while answering <paramref name="request"/>.</summary>
    public string For(HttpRequest request)
    {
        if (Configured is { } configured)
            return configured;
        if (IsLoopback(request.Host.Host) && ListensOnNetwork() && LanAddress() is { } lan)
            return $"{request.Scheme}://{lan}:{request.Host.Port ?? (request.IsHttps ? 443 : 80)}";
        return $"{request.Scheme}://{request.Host}";
    }

    /// <summary>Where the server can be reached once it listens, for the start-up banner; null before it listens.</summary>
    public string? AtStartup()
    {
        if (Configured is { } configured)
            return configured;
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => new Uri(NormalizeWildcard(a))).FirstOrDefault();
        if (listening is null)
            return null;
        var host = IsWildcard(listening.Host) ? LanAddress()?.ToString() ?? "127.0.0.1" : listening.Host;
        return $"{listening.Scheme}://{host}:{listening.Port}";
    }

    /// <summary>Whether some address the server listens on is reachable from other machines.</summary>
    public bool ListensOnNetwork() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.Any(a => !IsLoopback(new Uri(NormalizeWildcard(a)).Host)) ?? false;

    /// <summary>
    /// The machine's IPv4 address on the network a room would use: an interface that is up, not loopback nor a tunnel,
    /// preferring one with a default gateway (the Wi-Fi or Ethernet the phones share), skipping link-local addresses.
    /// </summary>
    public static IPAddress? LanAddress()
    {
        var candidates = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up
                && n.NetworkInterfaceType is not (NetworkInterfaceType.Loopback or NetworkInterfaceType.Tunnel))
            .Select(n => n.GetIPProperties())
            .SelectMany(properties => properties.UnicastAddresses
                .Where(a => a.Address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a.Address) && !IsLinkLocal(a.Address))
                .Select(a => (a.Address, HasGateway: properties.GatewayAddresses.Any(g => !g.Address.Equals(IPAddress.Any)))));
        return candidates.OrderByDescending(c => c.HasGateway).Select(c => c.Address).FirstOrDefault();
    }

    private string? Configured => configuration["PublicBaseUrl"] is { Length: > 0 } configured ? configured.TrimEnd('/') : null;

    private static bool IsLinkLocal(IPAddress address) => address.GetAddressBytes() is [169, 254, ..];

    // Kestrel reports "http://+:5080" and "http://*:5080" as given; Uri cannot parse those hosts.
    private static string NormalizeWildcard(string address) => address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal)
        .Replace("://*", "://0.0.0.0", StringComparison.Ordinal);

    private static bool IsWildcard(string host) => host is "0.0.0.0" or "[::]" or "::";

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
