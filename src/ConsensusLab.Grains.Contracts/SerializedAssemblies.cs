using ConsensusLab.Domain.Sessions;
using ConsensusLab.Statistics;
using Orleans;

// The domain and statistics records that grains pass around carry [GenerateSerializer] but reference only Orleans'
// attributes; their serializers are generated here, next to the contracts that use them.
[assembly: GenerateCodeForDeclaringAssembly(typeof(SessionDefinition))]
[assembly: GenerateCodeForDeclaringAssembly(typeof(TallySnapshot))]
