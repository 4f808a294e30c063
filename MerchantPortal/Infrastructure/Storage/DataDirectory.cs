namespace MerchantPortal.Infrastructure.Storage;

/// <summary>
/// The folder that holds everything the portal writes at run time (database, mail pickup, key ring).
/// A relative <c>Portal:DataDirectory</c> is resolved against the content root, never against
/// whatever the current directory happens to be.
/// </summary>
public sealed class DataDirectory
{
    public DataDirectory(string contentRoot, string? configured)
    {
        Root = Path.GetFullPath(Path.Combine(contentRoot, string.IsNullOrWhiteSpace(configured) ? "data" : configured));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Combine(string relative)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(path);
        return path;
    }
}
