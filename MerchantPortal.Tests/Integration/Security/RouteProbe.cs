using System.Net;
using System.Net.Http.Headers;

namespace MerchantPortal.Tests.Integration.Security;

/// <summary>
/// Asks one route as one actor. Anything but GET carries the actor's antiforgery token and a multipart body with a
/// one-line text file no handler accepts: what comes back is the authorization's answer, not a real effect.
/// </summary>
public static class RouteProbe
{
    private const string TokenHeader = "RequestVerificationToken";

    public static async Task<Observed> AskAsync(ActorClient client, string method, string path, bool sendToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != HttpMethod.Get.Method && method != HttpMethod.Head.Method)
        {
            var body = new MultipartFormDataContent();
            var file = new ByteArrayContent("probe"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            body.Add(file, "file", "probe.txt");
            if (sendToken)
            {
                body.Add(new StringContent(client.AntiforgeryToken), "__RequestVerificationToken");
                request.Headers.Add(TokenHeader, client.AntiforgeryToken);
            }

            request.Content = body;
        }

        using var response = await client.Http.SendAsync(request);
        return Classify(response);
    }

    public static Observed Classify(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            var location = response.Headers.Location is { } to
                ? (to.IsAbsoluteUri ? to : new Uri(new Uri("http://localhost"), to)).PathAndQuery
                : "";
            var path = location.Split('?')[0];
            var outcome = path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase) ? Outcome.SignIn
                : path.Equals("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase) ? Outcome.Denied
                : Outcome.Redirect;
            return new Observed(outcome, $"{status} to {location}");
        }

        return new Observed(response.StatusCode switch
        {
            >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices => Outcome.Ok,
            HttpStatusCode.Unauthorized => Outcome.SignIn,
            HttpStatusCode.Forbidden => Outcome.Denied,
            HttpStatusCode.BadRequest => Outcome.BadRequest,
            HttpStatusCode.NotFound => Outcome.NotFound,
            HttpStatusCode.MethodNotAllowed => Outcome.MethodNotAllowed,
            HttpStatusCode.Conflict => Outcome.Conflict,
            HttpStatusCode.Gone => Outcome.Gone,
            _ => Outcome.Unexpected,
        }, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
