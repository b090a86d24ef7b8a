using System.Net;
using System.Net.Sockets;
using ConsensusLab.Grains;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace ConsensusLab.Server.Extensions;

internal static class SiloExtensions
{
    /// <summary>ConsensusLab's service id: stored rows are its alone, so it never changes.</summary>
    public const string ServiceId = "consensuslab";

    /// <summary>
    /// Co-hosts an Orleans silo in this web process. On SQLite it is a cluster of one (localhost clustering); on
    /// PostgreSQL it joins the silos that share the database, through Orleans' ADO.NET membership table there. Either
    /// way grains keep their state in ConsensusLab's store, and no gateway is opened: the only clients are the web
    /// front doors in the silos themselves.
    /// </summary>
    public static WebApplicationBuilder AddConsensusSilo(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Orleans").Get<SiloSettings>() ?? new SiloSettings();
        var clustered = StorageExtensions.IsPostgres(builder.Configuration);
        var siloPort = settings.SiloPort is 0 ? FreePort() : settings.SiloPort;
        builder.UseOrleans(silo =>
        {
            if (clustered)
            {
                silo.UseAdoNetClustering(options =>
                {
                    options.Invariant = "Npgsql";
                    options.ConnectionString = StorageExtensions.PostgresConnectionString(builder.Configuration);
                });
                silo.ConfigureEndpoints(IPAddress.Parse(settings.AdvertisedAddress), siloPort, gatewayPort: 0, listenOnAnyHostAddress: true);
            }
            else
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort: 0);
            }
            silo.Configure<ClusterOptions>(options =>
            {
                options.ServiceId = ServiceId;
                options.ClusterId = settings.ClusterId;
            });
            silo.Configure<SiloMessagingOptions>(options => options.ResponseTimeout = settings.ResponseTimeout);
            silo.Configure<ClusterMembershipOptions>(FailoverTuning.Apply);
            silo.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection("Orleans:Membership"));
            silo.AddConsensusGrains();
            // Grain calls become spans of the request that made them (exported when tracing is configured).
            silo.AddActivityPropagation();
            if (settings.Dashboard)
                silo.AddDashboard();
        });
        // A graceful stop hands the silo's grains over and leaves the membership table at once; only a crash waits for probes.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(20));
        return builder;
    }

    /// <summary>Serves the dashboard when configured, to requests from this machine only (operators reach it through SSH).</summary>
    public static WebApplication MapSiloDashboard(this WebApplication app)
    {
        if (!(app.Configuration.GetSection("Orleans").Get<SiloSettings>()?.Dashboard ?? false))
            return app;
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/dashboard", StringComparison.OrdinalIgnoreCase), branch => branch.Use(
            async (context, next) =>
            {
                if (context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address))
                    await next(context);
                else
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
            }));
        app.MapOrleansDashboard(routePrefix: "/dashboard");
        return app;
    }

    /// <summary>A port nothing listens on now; the membership table tells other silos which one this silo took.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Any, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
