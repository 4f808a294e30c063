using MerchantPortal.Infrastructure.Terminal;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MerchantPortal.Features.Setup;

/// <summary>
/// Once the server listens, prints the first-run link to standard output while no admin exists. It goes
/// to the console only, never through the logger: the token is a credential and logs are kept and shipped.
/// </summary>
public sealed class FirstRunLinkPrinter(
    IServiceScopeFactory scopes, IServer server, IHostApplicationLifetime lifetime, OperatorConsole console, ILogger<FirstRunLinkPrinter> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = PrintSafelyAsync());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task PrintSafelyAsync()
    {
        try
        {
            await PrintAsync();
        }
        catch (Exception e)
        {
            // Only the failure is logged, never a token.
            logger.LogError(e, "The first-run set-up link could not be issued.");
        }
    }

    private async Task PrintAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<FirstRunSetupService>().IssueTokenIfNoAdminAsync();
        if (token is null)
        {
            return;
        }

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5080";
        await console.WriteAsync($"""

            No admin exists yet. Open this one-time link within an hour to create the first admin:
                {address.TrimEnd('/')}/setup?token={token}

            """);
    }
}
