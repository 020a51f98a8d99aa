// Every text a person can read or hear on the page, shown or not (the hidden views too): text nodes but code
// samples, the title, and the attributes a screen reader or a form shows (placeholder, aria-label, title, alt).
() => {
  const texts = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // code samples (a file's header, JSON) are formats, not words
    if (!node.parentElement?.closest('script, style, code')) texts.push(node.textContent);
  }
  for (const element of document.body.querySelectorAll('[placeholder], [aria-label], [title], [alt]')) {
    for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
      if (element.hasAttribute(name)) texts.push(element.getAttribute(name));
    }
  }
  return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text.length > 0);
};
