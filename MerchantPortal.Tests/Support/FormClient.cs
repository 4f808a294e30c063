using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace MerchantPortal.Tests.Support;

/// <summary>
/// Fills in and posts the static-rendered account forms the way a browser does: it reads the page,
/// keeps the antiforgery token and form name, and follows redirects with the cookies it was given.
/// </summary>
public sealed class FormClient(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(string url)
    {
        var response = await http.GetAsync(url);
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Opens <paramref name="url"/>, fills the form named <paramref name="formName"/> and submits it.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> SubmitAsync(string url, string formName, IDictionary<string, string> fields)
    {
        var (action, values) = await ReadFormAsync(url, formName);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var response = await http.PostAsync(action, new FormUrlEncodedContent(values));
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The form's address and hidden fields (antiforgery token, form name), to post it more than once.</summary>
    public async Task<(string Action, Dictionary<string, string> Values)> ReadFormAsync(string url, string formName)
    {
        var (_, page) = await GetAsync(url);
        var form = page.Forms.FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"No form '{formName}' on {url}:\n{page.Body?.TextContent}");
        var values = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return (action, values);
    }
}
