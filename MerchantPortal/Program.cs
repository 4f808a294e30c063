using MerchantPortal.Extensions;

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
