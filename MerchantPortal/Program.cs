using MerchantPortal.Extensions;
using MerchantPortal.Infrastructure.Documents.Isolation;

// The inspection worker is this executable too; it starts before any host is built, so it starts fast.
if (InspectionWorker.TryRun(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(PortalCommandLine.HostArgs(args));
if (await builder.RunFileCommandAsync(args))
{
    return;
}

builder.AddPortalServices();

var app = builder.Build();
await app.PrepareDatabaseAsync();
if (await app.RunCommandLineAsync(args))
{
    return;
}

app.UsePortalPipeline();
app.MapPortalEndpoints();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
