using System.Buffers.Text;
using System.Security.Cryptography;
using MerchantPortal.Infrastructure.Storage;
using Microsoft.AspNetCore.DataProtection;

namespace MerchantPortal.Features.Reports.Dossier;

/// <summary>
/// The secret behind dossier HMACs. It is a random 256-bit key made on first use and stored in the key folder
/// encrypted with ASP.NET Core Data Protection, rather than a configured secret: nothing to set up or to leak
/// from a configuration file or an environment dump, and it lives (and is backed up) beside the key ring that
/// must be kept anyway (it decrypts the data at rest). A dossier verifies as long as that folder is kept.
/// </summary>
public sealed class DossierKey(DataDirectory data, IDataProtectionProvider protection)
{
    private const string FileName = "dossier-hmac.key";

    private readonly IDataProtector protector = protection.CreateProtector("MerchantPortal.Dossiers.HmacKey.v1");
    private readonly Lock gate = new();
    private byte[]? key;

    /// <summary>HMAC-SHA256 of <paramref name="content"/>, base64url without padding (43 characters, QR-friendly).</summary>
    public string Sign(byte[] content) => Base64Url.EncodeToString(HMACSHA256.HashData(Key(), content));

    private byte[] Key()
    {
        lock (gate)
        {
            return key ??= LoadOrCreate();
        }
    }

    private byte[] LoadOrCreate()
    {
        var path = Path.Combine(data.Combine("keys"), FileName);
        if (!File.Exists(path))
        {
            // Written aside and moved into place without overwriting: of two instances starting at once, one key wins.
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, protector.Protect(RandomNumberGenerator.GetBytes(32)));
            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }

        return protector.Unprotect(File.ReadAllBytes(path));
    }
}
