using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>
/// The bytes a dossier's HMAC covers: a version line, then <see cref="DossierContent"/> as compact UTF-8 JSON —
/// properties in declaration order, enums by name, times as ISO 8601 UTC, every non-ASCII character escaped
/// (\uXXXX) — so the same facts always give the same bytes, whatever the culture or machine. Changing the
/// content's shape means a new version line.
/// </summary>
public static class DossierCanonicalForm
{
    public const string Version = "merchantportal-dossier/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] Bytes(DossierContent content) =>
        [.. Encoding.UTF8.GetBytes(Version + "\n"), .. JsonSerializer.SerializeToUtf8Bytes(content, Options)];
}
