using MerchantPortal.Infrastructure.Documents;
using MerchantPortal.Tests.Support;

namespace MerchantPortal.Tests.Unit.Documents;

/// <summary>
/// Encrypted PDFs cannot be checked (nor read by a reviewer without the password): refused with their own message,
/// whether the cross-reference data is a table or a stream with object streams, as qpdf --encrypt writes by default.
/// </summary>
public class PdfInspectorEncryptionTests
{
    // A standard security handler (AES-128) whose keys match no password: no reader can open the file without one.
    private const string EncryptDictionary =
        "<< /Filter /Standard /V 4 /R 4 /Length 128 /P -1028 /StmF /StdCF /StrF /StdCF"
        + " /CF << /StdCF << /AuthEvent /DocOpen /CFM /AESV2 /Length 16 >> >>"
        + " /O <6b1e4a51b0e3a7f0c59a2d1e8f7c6b5a4d3c2b1a09f8e7d6c5b4a39281706f5e>"
        + " /U <1f2e3d4c5b6a79880f1e2d3c4b5a69780000000000000000000000000000000000> >>";

    private const string FileId = "/ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]";

    [Fact]
    public void Check_EncryptEntryInTrailer_IsEncrypted()
    {
        var pdf = new PdfBuilder { TrailerExtra = $"/Encrypt 4 0 R {FileId}" };
        pdf.Add(EncryptDictionary);

        Assert.Equal(UploadProblem.PdfEncrypted, Check(pdf.Build()));
    }

    [Fact]
    public void Check_EncryptEntryWithObjectStreams_IsEncrypted()
    {
        var pdf = new PdfBuilder("/Extra 5 0 R") { TrailerExtra = $"/Encrypt 4 0 R {FileId}" };
        pdf.Add(EncryptDictionary);
        pdf.Add("<< /Producer (qpdf) >>", compressed: true);

        Assert.Equal(UploadProblem.PdfEncrypted, Check(pdf.Build()));
    }

    [Theory]
    [InlineData("qpdf-encrypt-aes256.pdf")]
    [InlineData("qpdf-encrypt-aes256-user-password.pdf")]
    [InlineData("qpdf-encrypt-aes256-object-streams.pdf")]
    [InlineData("qpdf-encrypt-aes128-object-streams-user-password.pdf")]
    public void Check_FileEncryptedByQpdf_IsEncrypted(string fixture) =>
        Assert.Equal(UploadProblem.PdfEncrypted, Check(Fixture(fixture)));

    [Fact]
    public void Check_SameFileUnencryptedWithObjectStreams_IsAccepted() =>
        Assert.Equal(UploadProblem.None, Check(Fixture("qpdf-object-streams.pdf")));

    internal static byte[] Fixture(string name) =>
        File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "MerchantPortal.Tests", "Fixtures", "Pdf", name));

    private static UploadProblem Check(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        return PdfInspector.Check(stream);
    }
}
