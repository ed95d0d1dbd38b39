import ExcelJS from 'exceljs';
const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('Savings 2024-25');
ws.mergeCells('A1:H1');
ws.getCell('A1').value = 'Leicestershire County Council – MTFS savings';
ws.addRow([]);
ws.getCell('A3').value = 'All figures £m';
ws.addRow([]);
ws.addRow(['Ref', 'Directorate', 'Saving Proposal', 'Delivery RAG', '2024/25 £m', '2025/26 £m', '2026/27 £m', 'Total £m']);
ws.addRow(['ASC01', 'Adults and Communities', 'Review of home care', 'Green', 0.25, 0.5, 0.5, { formula: 'SUM(E6:G6)', result: 1.25 }]);
ws.addRow([]);
ws.addRow(['ASC02', 'Adults and Communities', 'x', 'Amber', '(0.1)', -0.2, null, { formula: 'SUM(E8:G8)', result: -0.3 }]);
await wb.xlsx.writeFile('/tmp/xl/a.xlsx');
const big = new ExcelJS.Workbook();
const s = big.addWorksheet('Empty');
// 1M empty rows: write XML ourselves later
