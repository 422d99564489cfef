// JD's form loads its 促销语 block after an API call; imitate a field that appears late.
const params = new URLSearchParams(location.search);
const delay = Number(params.get('lateDelay') ?? '800');
setTimeout(() => {
  const row = document.createElement('div');
  row.className = 'form-row';
  const label = document.createElement('label');
  label.htmlFor = 'promoText';
  label.textContent = '促销语（延迟加载）';
  const textarea = document.createElement('textarea');
  textarea.id = 'promoText';
  textarea.name = 'promoText';
  textarea.className = 'selling-point';
  row.append(label, textarea);
  document.getElementById('late-fields')?.append(row);
}, delay);
