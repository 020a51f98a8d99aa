// An event's look on the big screen and the phones: its colour set (data-theme on <html>, css/base.css) and its logo
// in every img.event-logo of the page. The logo is an image: it loads after the page, outside its first-load budget.

export function applyTheme(event) {
  document.documentElement.dataset.theme = event?.theme ?? 'classic';
  for (const logo of document.querySelectorAll('img.event-logo')) {
    if (event?.logo_url) logo.src = event.logo_url;
    logo.hidden = !event?.logo_url;
  }
}
