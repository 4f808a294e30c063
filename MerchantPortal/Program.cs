using MerchantPortal.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalServices();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UsePortalPipeline();
app.MapPortalEndpoints();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
