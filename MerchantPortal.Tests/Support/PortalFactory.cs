using MerchantPortal.Data;
using MerchantPortal.Infrastructure.Terminal;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace MerchantPortal.Tests.Support;

/// <summary>
/// The real portal on a throw-away data folder (its own SQLite database and mail pickup folder) and a
/// clock the test controls. <see cref="UseRealServer"/> serves it on a loopback port for the browser tests.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string dataDirectory;

    public PortalFactory()
        : this(Directory.CreateTempSubdirectory("merchantportal-test-").FullName)
    {
    }

    /// <summary>The portal on a data folder the test made (a restored backup); the folder goes with the factory.</summary>
    protected PortalFactory(string dataDirectory) => this.dataDirectory = dataDirectory;

    /// <summary>The portal's data folder (<c>Portal:DataDirectory</c>).</summary>
    public string DataFolder => dataDirectory;

    /// <summary>The portal's clock (expiries, SLAs); it starts at the real time so it agrees with Identity's own checks.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>What the portal printed for the operator (first-run link, demo accounts).</summary>
    public StringWriter ConsoleOutput { get; } = new();

    /// <summary>PBKDF2 iterations of this portal's password hashes.</summary>
    protected virtual int PasswordHashIterations => 10_000;

    public string MailDirectory => System.IO.Path.Combine(dataDirectory, "mail");

    public Mailbox Mail => new(MailDirectory);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(RepositoryRoot.Path);
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDirectory", dataDirectory);
        // Every test request comes from one address and many sign in as the same accounts: the account forms' rate
        // limits and delays would refuse them. The sign-in throttling tests put the defaults back (ThrottledPortalFactory).
        builder.UseSetting("Identity:SignInLimits:PerAddressPerMinute", "100000");
        builder.UseSetting("Identity:SignInLimits:PerAccountPerMinute", "100000");
        builder.UseSetting("Identity:SignInLimits:FreeFailures", "100000");
        // Thousands of accounts are made and signed in across the suite; production's 210,000 PBKDF2 iterations would
        // cost minutes. ProductionHashPortalFactory keeps the production cost for the tests that measure it.
        builder.UseSetting("Identity:PasswordHashIterations", PasswordHashIterations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<OperatorConsole>();
            services.AddSingleton(new OperatorConsole(TextWriter.Synchronized(ConsoleOutput)));
        });
    }

    public void UseRealServer()
    {
        UseKestrel(0);
        StartServer();
    }

    public string ServerAddress => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    /// <summary>Waits for the portal to print a line containing <paramref name="text"/>, as an operator watching the console would.</summary>
    public async Task<string> WaitForConsoleAsync(string text)
    {
        for (var i = 0; i < 100; i++)
        {
            var printed = ConsoleOutput.ToString();
            if (printed.Contains(text, StringComparison.Ordinal))
            {
                return printed;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The portal never printed '{text}'. It printed:\n{ConsoleOutput}");
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task<PortalDbContext> CreateDbContextAsync() =>
        await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    public Task<TestAccount> CreateAccountAsync(string role, bool withAuthenticator = false, string? organizationName = null) =>
        WithServicesAsync(sp => TestAccounts.CreateAsync(sp, role, withAuthenticator, organizationName));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
