namespace MerchantPortal.Infrastructure.Storage;

/// <summary>A file that exists only while an upload is handled: disposing removes it unless it was kept (moved away).</summary>
public sealed class TemporaryFile(string path) : IDisposable
{
    public string Path { get; } = path;

    public void Dispose()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Still open somewhere for a moment: the next start-up removes it.
        }
    }
}
