// An ASP.NET Core app that reads nothing and stores nothing: what Kestrel and routing alone cost a POST on this
// machine, measured in the same run as the server's durable answers (benchmarks/load/answers.py).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapPost("/api/sessions/{code}/questions/{questionId}/answers", () => Results.Ok());
app.Run();
