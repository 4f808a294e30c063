using MerchantPortal.Infrastructure.Terminal;

namespace MerchantPortal.Infrastructure.Keys;

/// <summary>
/// Tells the operator, on the console and never through the logger, where the secrets made at this start are:
/// they must be kept (and backed up) with the data folder, or what they protect is lost.
/// </summary>
public sealed class GeneratedSecretsAnnouncer(IEnumerable<GeneratedSecret> secrets, OperatorConsole console) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var secret in secrets)
        {
            await console.WriteAsync($"""
                Development: created {secret.What} at {secret.Path}
                    Keep it with the data folder. Production takes it from {secret.ProductionSetting} instead.
                """);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Registers <paramref name="secret"/> to be announced when the portal starts.</summary>
    public static void Announce(IServiceCollection services, GeneratedSecret secret)
    {
        services.AddSingleton(secret);
        services.AddHostedService<GeneratedSecretsAnnouncer>();
    }
}
