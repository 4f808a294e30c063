using MerchantPortal.Features.Demo;
using MerchantPortal.Features.Setup;

namespace MerchantPortal.Extensions;

/// <summary>
/// The portal's own command-line words: <c>add-staff &lt;email&gt; &lt;role&gt;</c> runs and exits;
/// <c>--demo</c> seeds demo data, then the portal runs. Everything else goes to the host as usual.
/// </summary>
public static class PortalCommandLine
{
    public const string DemoSwitch = "--demo";

    public static string[] HostArgs(string[] args) =>
        args is [AddStaffCommand.Name, ..] ? args[Math.Min(3, args.Length)..] : [.. args.Where(a => a != DemoSwitch)];

    /// <summary>Runs what the command line asks for; true when the process should end instead of serving.</summary>
    public static async Task<bool> RunCommandLineAsync(this WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (args is [AddStaffCommand.Name, ..])
        {
            Environment.ExitCode = args is [_, var email, var role, ..]
                ? await scope.ServiceProvider.GetRequiredService<AddStaffCommand>().RunAsync(email, role)
                : Usage();
            return true;
        }

        if (args.Contains(DemoSwitch))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        }

        return false;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: dotnet run --project MerchantPortal -- add-staff <email> <Reviewer|Admin>");
        return 2;
    }
}
