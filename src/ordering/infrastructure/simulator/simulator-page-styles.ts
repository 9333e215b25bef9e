// The simulator card page's own styles, served by the simulator (the provider's site has its own look).
export const SIMULATOR_PAGE_CSS = `
body { font-family: system-ui, sans-serif; margin: 0; background: #f3f2f1; color: #0b0c0c; }
header { background: #1d1d1b; color: #fff; padding: 12px 20px; }
main { max-width: 520px; margin: 24px auto; background: #fff; padding: 24px; border-radius: 6px; }
label { display: block; font-weight: 600; margin: 14px 0 4px; }
input { font-size: 1rem; padding: 8px; width: 100%; box-sizing: border-box; border: 2px solid #0b0c0c; }
button { font-size: 1rem; padding: 10px 18px; margin: 18px 8px 0 0; border: 0; border-radius: 4px; cursor: pointer; }
.pay { background: #00703c; color: #fff; }
.cancel { background: #dddddd; color: #0b0c0c; }
.error { color: #d4351c; font-weight: 600; }
:focus { outline: 3px solid #ffbf47; outline-offset: 1px; }
table { border-collapse: collapse; width: 100%; margin-top: 8px; font-size: .9rem; }
th, td { text-align: left; border-bottom: 1px solid #b1b4b6; padding: 4px; }
`;
