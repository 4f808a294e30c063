// Posts the PDF chosen in an <input type="file"> to the dossier comparison endpoint over plain HTTP (not the
// Blazor circuit, so its size and rate limits apply) and hands the answer back to the component.
export async function compare(input, url) {
    const file = input.files && input.files[0];
    if (!file) {
        return { status: 0, body: "" };
    }

    const form = new FormData();
    form.append("file", file, file.name);
    try {
        const response = await fetch(url, { method: "POST", body: form, credentials: "omit" });
        return { status: response.status, body: await response.text() };
    } catch {
        return { status: -1, body: "" };
    } finally {
        input.value = "";
    }
}
