using System.Globalization;
using System.Text;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Security;

namespace MerchantPortal.Tests.Support;

/// <summary>
/// WeChat Pay's published request recipe written again from its documentation on BouncyCastle: sign
/// <c>METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n</c> SHA256withRSA and put it, with the rest, in an Authorization header
/// (its fields here in another order than the SDKs', which the server must not mind).
/// </summary>
public sealed class IndependentWeChatPaySigner(string privateKeyPem, string mchId, string serial)
{
    private readonly AsymmetricKeyParameter key = (AsymmetricKeyParameter)new PemReader(new StringReader(privateKeyPem)).ReadObject();

    public sealed record Signed(string Method, string Url, string Timestamp, string Nonce, string Body, string Serial, string Signature)
    {
        public string Authorization => $"WECHATPAY2-SHA256-RSA2048 signature=\"{Signature}\",timestamp=\"{Timestamp}\",serial_no=\"{Serial}\",nonce_str=\"{Nonce}\",mchid=\"{MchId}\"";

        public string MchId { get; init; } = "";
    }

    public Signed Sign(string method, string url, string body, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Guid.NewGuid().ToString("N").ToUpperInvariant();
        var signature = SignRaw(method + "\n" + url + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n");
        return new Signed(method, url, timestamp, nonce, body, serial, signature) { MchId = mchId };
    }

    /// <summary>SHA256withRSA over exactly <paramref name="message"/>, to sign a wrong message on purpose.</summary>
    public string SignRaw(string message)
    {
        var bytes = Encoding.UTF8.GetBytes(message);
        var signer = SignerUtilities.GetSigner("SHA256withRSA");
        signer.Init(true, key);
        signer.BlockUpdate(bytes, 0, bytes.Length);
        return Convert.ToBase64String(signer.GenerateSignature());
    }
}
