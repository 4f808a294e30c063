using Microsoft.AspNetCore.Mvc.Testing;

namespace MerchantPortal.Tests.Support;

public static class PortalFactoryExtensions
{
    public static FormClient CreateFormClient(this PortalFactory factory, bool followRedirects = true) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            // The real server's address when it serves on a port (http://localhost for the in-memory server).
            BaseAddress = factory.ClientOptions.BaseAddress, AllowAutoRedirect = followRedirects, HandleCookies = true,
        }));

    /// <summary>
    /// Signs in through the real sign-in pages, with the authenticator code when the account has one, on a new
    /// client or on <paramref name="client"/> (which must follow redirects).
    /// </summary>
    public static async Task<FormClient> SignInAsync(this PortalFactory factory, TestAccount account, FormClient? client = null)
    {
        client ??= factory.CreateFormClient();
        var (response, _) = await client.SubmitAsync("/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Password"] = account.Password });
        if (response.RequestMessage!.RequestUri!.AbsolutePath.Equals("/Account/LoginWith2fa", StringComparison.OrdinalIgnoreCase))
        {
            var url = response.RequestMessage.RequestUri.PathAndQuery;
            (response, _) = await client.SubmitAsync(url, "login-with-2fa",
                new Dictionary<string, string> { ["Input.Code"] = account.CurrentCode() });
        }

        response.EnsureSuccessStatusCode();
        return client;
    }
}
