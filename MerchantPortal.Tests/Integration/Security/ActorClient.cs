using System.Net;
using System.Net.Http.Json;
using MerchantPortal.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace MerchantPortal.Tests.Integration.Security;

/// <summary>
/// One actor's session: signed in through the real pages (with the authenticator for staff), then asking without
/// following redirects, so the matrix sees the portal's first answer; carries the actor's own antiforgery token.
/// </summary>
public sealed class ActorClient(MatrixActor actor, HttpClient http, string antiforgeryToken)
{
    public MatrixActor Actor => actor;

    public HttpClient Http => http;

    public string AntiforgeryToken => antiforgeryToken;

    public static async Task<ActorClient> CreateAsync(PortalFactory factory, MatrixActor actor, TestAccount? account)
    {
        var cookies = new CookieContainer();
        var browser = new FormClient(
            factory.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(cookies)));
        var http = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        if (account is null)
        {
            // No session to ask /api/antiforgery with: take the token a visitor's sign-in form carries.
            var (_, page) = await browser.GetAsync("/Account/Login");
            var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                ?? throw new InvalidOperationException("The sign-in page carries no antiforgery token.");
            return new ActorClient(actor, http, token);
        }

        await factory.SignInAsync(account, browser);
        var answer = await http.GetFromJsonAsync<TokenAnswer>("/api/antiforgery")
            ?? throw new InvalidOperationException($"No antiforgery token for {actor}.");
        return new ActorClient(actor, http, answer.Token);
    }

    private sealed record TokenAnswer(string Token);
}
