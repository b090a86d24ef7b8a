using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace ConsensusLab.Grains.Hosting;

/// <summary>
/// How to send one grain interface method as a request, worked out once per method: a compiled delegate calls the
/// grain, so a request costs no reflection (Orleans generates the equivalent code at build time).
/// </summary>
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
        var call = CompileCall(method);
        if (returnType == typeof(Task))
            return new((host, id, args) => SendVoidAsync(host, id, call, args, interleave));
        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var send = SendTyped.MakeGenericMethod(returnType.GetGenericArguments()[0])
                .CreateDelegate<Func<GrainHost, GrainId, Func<Grain, object?[]?, Task>, object?[]?, bool, object>>();
            return new((host, id, args) => send(host, id, call, args, interleave));
        }
        throw new NotSupportedException($"Grain method {method.DeclaringType?.Name}.{method.Name} must return Task or Task<T>.");
    }

    /// <summary>(grain, args) => ((TInterface)grain).Method((T0)args[0], …).</summary>
    private static Func<Grain, object?[]?, Task> CompileCall(MethodInfo method)
    {
        var grain = Expression.Parameter(typeof(Grain), "grain");
        var args = Expression.Parameter(typeof(object[]), "args");
        var arguments = method.GetParameters().Select((p, i) =>
            Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType));
        var body = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, arguments);
        return Expression.Lambda<Func<Grain, object?[]?, Task>>(body, grain, args).Compile();
    }

    private static Task<T> SendAsync<T>(GrainHost host, GrainId id, Func<Grain, object?[]?, Task> call, object?[]? args, bool interleave) =>
        host.InvokeAsync(id, grain => (Task<T>)call(grain, args), interleave);

    private static Task<bool> SendVoidAsync(GrainHost host, GrainId id, Func<Grain, object?[]?, Task> call, object?[]? args, bool interleave) =>
        host.InvokeAsync(id, async grain => { await call(grain, args); return true; }, interleave);
}
