using System.Collections.Concurrent;
using System.Reflection;

namespace ConsensusLab.Grains.Hosting;

/// <summary>How to send one grain interface method as a request, worked out once per method.</summary>
internal sealed class GrainMethod
{
    private static readonly ConcurrentDictionary<MethodInfo, GrainMethod> Cache = new();
    private static readonly MethodInfo SendTyped = typeof(GrainMethod).GetMethod(nameof(SendAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Func<GrainHost, GrainId, object?[]?, object> _send;

    private GrainMethod(Func<GrainHost, GrainId, object?[]?, object> send) => _send = send;

    public static GrainMethod For(MethodInfo method) => Cache.GetOrAdd(method, Build);

    public object Send(GrainHost host, GrainId id, object?[]? args) => _send(host, id, args);

    private static GrainMethod Build(MethodInfo method)
    {
        var interleave = method.IsDefined(typeof(AlwaysInterleaveAttribute));
        var returnType = method.ReturnType;
        if (returnType == typeof(Task))
            return new((host, id, args) => SendVoidAsync(host, id, method, args, interleave));
        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var typed = SendTyped.MakeGenericMethod(returnType.GetGenericArguments()[0]);
            return new((host, id, args) => typed.Invoke(null, [host, id, method, args, interleave])!);
        }
        throw new NotSupportedException($"Grain method {method.DeclaringType?.Name}.{method.Name} must return Task or Task<T>.");
    }

    private static Task<T> SendAsync<T>(GrainHost host, GrainId id, MethodInfo method, object?[]? args, bool interleave) =>
        host.InvokeAsync(id, grain => (Task<T>)Call(grain, method, args), interleave);

    private static Task<bool> SendVoidAsync(GrainHost host, GrainId id, MethodInfo method, object?[]? args, bool interleave) =>
        host.InvokeAsync(id, async grain => { await (Task)Call(grain, method, args); return true; }, interleave);

    private static object Call(Grain grain, MethodInfo method, object?[]? args) =>
        method.Invoke(grain, BindingFlags.DoNotWrapExceptions, null, args, null)!;
}
