using MerchantPortal.Features.Backup;
using MerchantPortal.Features.Demo;
using MerchantPortal.Features.Setup;

namespace MerchantPortal.Extensions;

/// <summary>
/// The portal's own command-line words: <c>add-staff &lt;email&gt; &lt;role&gt;</c>, <c>backup &lt;folder&gt;</c> and
/// <c>restore &lt;folder&gt; --to &lt;data folder&gt;</c> run and exit; <c>--demo</c> seeds demo data, then the portal runs.
/// Everything else goes to the host as usual.
/// </summary>
public static class PortalCommandLine
{
    public const string DemoSwitch = "--demo";

    // The host reads "/path" as a switch: a command's own words never reach it. After "backup <folder>" host
    // settings may follow (e.g. --Portal:DataDirectory); restore needs none.
    public static string[] HostArgs(string[] args) => args switch
    {
        [AddStaffCommand.Name, ..] => args[Math.Min(3, args.Length)..],
        [BackupCommand.Name, ..] => args[Math.Min(2, args.Length)..],
        [RestoreCommand.Name, ..] => [],
        _ => [.. args.Where(a => a != DemoSwitch)],
    };

    /// <summary>
    /// Backup and restore work on the data folder's files alone, so they run before the portal's services are built:
    /// nothing is migrated, seeded or served, and they need none of the portal's secrets. True when the process should end.
    /// </summary>
    public static async Task<bool> RunFileCommandAsync(this WebApplicationBuilder builder, string[] args)
    {
        switch (args)
        {
            case [BackupCommand.Name, var folder, ..]:
                Environment.ExitCode = await BackupCommand.For(builder.Configuration, builder.Environment.ContentRootPath).RunAsync(folder);
                return true;
            case [RestoreCommand.Name, var folder, RestoreCommand.TargetSwitch, var dataFolder]:
                Environment.ExitCode = await RestoreCommand.ForConsole().RunAsync(folder, dataFolder);
                return true;
            case [BackupCommand.Name or RestoreCommand.Name, ..]:
                Environment.ExitCode = Usage(
                    "usage: dotnet run --project MerchantPortal -- backup <folder>",
                    "       dotnet run --project MerchantPortal -- restore <folder> --to <data folder>");
                return true;
            default:
                return false;
        }
    }

    /// <summary>Runs what the command line asks for; true when the process should end instead of serving.</summary>
    public static async Task<bool> RunCommandLineAsync(this WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (args is [AddStaffCommand.Name, ..])
        {
            Environment.ExitCode = args is [_, var email, var role, ..]
                ? await scope.ServiceProvider.GetRequiredService<AddStaffCommand>().RunAsync(email, role)
                : Usage("usage: dotnet run --project MerchantPortal -- add-staff <email> <Reviewer|Admin>");
            return true;
        }

        if (args.Contains(DemoSwitch))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        }

        return false;
    }

    private static int Usage(params string[] lines)
    {
        foreach (var line in lines)
        {
            Console.Error.WriteLine(line);
        }

        return 2;
    }
}
