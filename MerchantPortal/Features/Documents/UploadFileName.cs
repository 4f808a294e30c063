namespace MerchantPortal.Features.Documents;

/// <summary>
/// The name the uploader gave is kept only to show it back; a name with a path, control characters or an
/// absurd length is refused outright. The stored extension is always the one the content proved.
/// </summary>
public static class UploadFileName
{
    public const int MaxLength = 200;

    public static bool IsAcceptable(string? name) =>
        !string.IsNullOrWhiteSpace(name)
        && name.Length <= MaxLength
        && name.IndexOfAny(['/', '\\', ':']) < 0
        && !name.Contains("..", StringComparison.Ordinal)
        && !name.Any(char.IsControl);

    public static string WithExtension(string name, string extension) => Path.GetFileNameWithoutExtension(name.Trim()) + extension;
}
