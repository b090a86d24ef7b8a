using ConsensusLab.Grains.Questions;
using ConsensusLab.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace ConsensusLab.Grains.Tests;

/// <summary>Deploys an in-process Orleans cluster whose silos keep grain state, ledger and participants in one SQLite database.</summary>
public static class SiloCluster
{
    public static async Task<InProcessTestCluster> DeployAsync(SqliteDatabase database, short silos, QuestionSettling? settling = null)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => silo
            .AddConsensusGrains()
            .Configure<ClusterMembershipOptions>(options =>
            {
                // A killed silo is declared dead within seconds, as the server's tuned settings do.
                options.ProbeTimeout = TimeSpan.FromSeconds(1);
                options.NumMissedProbesLimit = 2;
                options.NumVotesForDeathDeclaration = 1;
                options.TableRefreshTimeout = TimeSpan.FromSeconds(1);
            }));
        // A call caught by a killed silo fails after seconds, not Orleans' default half minute, as in the server.
        builder.ConfigureSilo((_, silo) => silo.Configure<SiloMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(5)));
        builder.ConfigureClient(client => client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(5)));
        builder.ConfigureSiloHost((_, host) => host.Services
            .AddSingleton(database.GrainStates)
            .AddSingleton(database.Ledger)
            .AddSingleton(database.Participants)
            .AddSingleton(settling ?? QuestionSettling.Default));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
