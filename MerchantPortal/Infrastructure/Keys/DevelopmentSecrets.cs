using MerchantPortal.Infrastructure.Storage;

namespace MerchantPortal.Infrastructure.Keys;

/// <summary>
/// <c>&lt;data&gt;/secrets</c>: where Development keeps the secrets it makes for itself, readable by the portal's
/// user only (on Unix). Production never writes here: its secrets come from configuration.
/// </summary>
public static class DevelopmentSecrets
{
    public static string PathOf(DataDirectory dataDirectory, string fileName)
    {
        var folder = dataDirectory.Combine("secrets");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return Path.Combine(folder, fileName);
    }

    /// <summary>Writes the file whole or not at all (a crash leaves no half-written secret), private to the portal's user.</summary>
    public static void Write(string path, byte[] content)
    {
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: false);
    }
}
