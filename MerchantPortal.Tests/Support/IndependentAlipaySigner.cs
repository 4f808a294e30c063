using System.Globalization;
using System.Text;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Security;

namespace MerchantPortal.Tests.Support;

/// <summary>
/// Alipay's published request recipe written again from its documentation, on BouncyCastle instead of the portal's
/// code: sort the non-empty parameters other than <c>sign</c> by name (ASCII), join as <c>k=v&amp;…</c>, sign
/// SHA256withRSA, Base64. What the sandbox accepts from this, it accepts from any correct integration.
/// </summary>
public sealed class IndependentAlipaySigner(string privateKeyPem)
{
    private readonly AsymmetricKeyParameter key = (AsymmetricKeyParameter)new PemReader(new StringReader(privateKeyPem)).ReadObject();

    public static string Timestamp(DateTimeOffset utc) => utc.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static Dictionary<string, string> Request(string appId, string method, string bizContent, DateTimeOffset now) => new()
    {
        ["app_id"] = appId,
        ["method"] = method,
        ["format"] = "JSON",
        ["charset"] = "utf-8",
        ["sign_type"] = "RSA2",
        ["timestamp"] = Timestamp(now),
        ["version"] = "1.0",
        ["biz_content"] = bizContent,
    };

    public string Sign(IReadOnlyDictionary<string, string> parameters)
    {
        var names = parameters.Keys.Where(k => k != "sign" && parameters[k].Length > 0).ToArray();
        Array.Sort(names, string.CompareOrdinal);
        var content = string.Join("&", names.Select(n => n + "=" + parameters[n]));
        var signer = SignerUtilities.GetSigner("SHA256withRSA");
        signer.Init(true, key);
        var bytes = Encoding.UTF8.GetBytes(content);
        signer.BlockUpdate(bytes, 0, bytes.Length);
        return Convert.ToBase64String(signer.GenerateSignature());
    }

    /// <summary>The parameters with their signature added.</summary>
    public Dictionary<string, string> Signed(Dictionary<string, string> parameters)
    {
        parameters["sign"] = Sign(parameters);
        return parameters;
    }
}
