namespace MerchantPortal.Tests.Support;

public static class RepositoryRoot
{
    /// <summary>The folder holding MerchantPortal.sln: the portal's content root (wwwroot/ and appsettings.json live there).</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MerchantPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MerchantPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
