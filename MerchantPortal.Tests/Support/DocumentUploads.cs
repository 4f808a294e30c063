using System.Net.Http.Json;
using MerchantPortal.Domain.Accounts;

namespace MerchantPortal.Tests.Support;

/// <summary>Uploads over HTTP as the wizard's uploader does: antiforgery token in a header, the file as multipart.</summary>
public static class DocumentUploads
{
    public sealed record Refused(string Error);

    public sealed record Uploaded(Guid Id);

    /// <summary>A new applicant organization with an application through the enterprise step, signed in.</summary>
    public static async Task<(TestAccount Owner, Guid ApplicationId, FormClient Client)> ApplicantAsync(PortalFactory factory)
    {
        var owner = await factory.CreateAccountAsync(PortalRoles.Applicant);
        var id = await WizardSeed.ThroughEnterpriseAsync(factory, owner);
        return (owner, id, await factory.SignInAsync(owner));
    }

    public static async Task<HttpResponseMessage> UploadAsync(FormClient client, Guid applicationId, string kind, string fileName, byte[] content)
    {
        var token = (await client.Http.GetFromJsonAsync<Dictionary<string, string>>("/api/antiforgery"))!["token"];
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/applications/{applicationId}/documents/{kind}") { Content = form };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.Http.SendAsync(request);
    }
}
