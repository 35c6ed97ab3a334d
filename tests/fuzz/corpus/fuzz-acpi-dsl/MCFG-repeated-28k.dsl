/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version 20200925 (64-bit version)
 * Copyright (c) 2000 - 2020 Intel Corporation
 * 
 * Disassembly of MCFG.bin, Wed Dec  2 17:16:16 2026
 *
 * ACPI Data Table [MCFG]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue
 */

[000h 0000   4]                    Signature : "MCFG"    [Memory Mapped Configuration table]
[004h 0004   4]                 Table Length : 00006FFC
[008h 0008   1]                     Revision : 01
[009h 0009   1]                     Checksum : 19
[00Ah 0010   6]                       Oem ID : "BOCHS "
[010h 0016   8]                 Oem Table ID : "BXPC    "
[018h 0024   4]                 Oem Revision : 00000001
[01Ch 0028   4]              Asl Compiler ID : "BXPC"
[020h 0032   4]        Asl Compiler Revision : 00000001

[024h 0036   8]                     Reserved : 0000000000000000

[02Ch 0044   8]                 Base Address : 00000000B0000000
[034h 0052   2]         Segment Group Number : 0000
[036h 0054   1]             Start Bus Number : 00
[037h 0055   1]               End Bus Number : FF
[038h 0056   4]                     Reserved : 00000000

[03Ch 0060   8]                 Base Address : 00000000B0000000
[044h 0068   2]         Segment Group Number : 0000
[046h 0070   1]             Start Bus Number : 00
[047h 0071   1]               End Bus Number : FF
[048h 0072   4]                     Reserved : 00000000

[04Ch 0076   8]                 Base Address : 00000000B0000000
[054h 0084   2]         Segment Group Number : 0000
[056h 0086   1]             Start Bus Number : 00
[057h 0087   1]               End Bus Number : FF
[058h 0088   4]                     Reserved : 00000000

[05Ch 0092   8]                 Base Address : 00000000B0000000
[064h 0100   2]         Segment Group Number : 0000
[066h 0102   1]             Start Bus Number : 00
[067h 0103   1]               End Bus Number : FF
[068h 0104   4]                     Reserved : 00000000

[06Ch 0108   8]                 Base Address : 00000000B0000000
[074h 0116   2]         Segment Group Number : 0000
[076h 0118   1]             Start Bus Number : 00
[077h 0119   1]               End Bus Number : FF
[078h 0120   4]                     Reserved : 00000000

[07Ch 0124   8]                 Base Address : 00000000B0000000
[084h 0132   2]         Segment Group Number : 0000
[086h 0134   1]             Start Bus Number : 00
[087h 0135   1]               End Bus Number : FF
[088h 0136   4]                     Reserved : 00000000

[08Ch 0140   8]                 Base Address : 00000000B0000000
[094h 0148   2]         Segment Group Number : 0000
[096h 0150   1]             Start Bus Number : 00
[097h 0151   1]               End Bus Number : FF
[098h 0152   4]                     Reserved : 00000000

[09Ch 0156   8]                 Base Address : 00000000B0000000
[0A4h 0164   2]         Segment Group Number : 0000
[0A6h 0166   1]             Start Bus Number : 00
[0A7h 0167   1]               End Bus Number : FF
[0A8h 0168   4]                     Reserved : 00000000

[0ACh 0172   8]                 Base Address : 00000000B0000000
[0B4h 0180   2]         Segment Group Number : 0000
[0B6h 0182   1]             Start Bus Number : 00
[0B7h 0183   1]               End Bus Number : FF
[0B8h 0184   4]                     Reserved : 00000000

[0BCh 0188   8]                 Base Address : 00000000B0000000
[0C4h 0196   2]         Segment Group Number : 0000
[0C6h 0198   1]             Start Bus Number : 00
[0C7h 0199   1]               End Bus Number : FF
[0C8h 0200   4]                     Reserved : 00000000

[0CCh 0204   8]                 Base Address : 00000000B0000000
[0D4h 0212   2]         Segment Group Number : 0000
[0D6h 0214   1]             Start Bus Number : 00
[0D7h 0215   1]               End Bus Number : FF
[0D8h 0216   4]                     Reserved : 00000000

[0DCh 0220   8]                 Base Address : 00000000B0000000
[0E4h 0228   2]         Segment Group Number : 0000
[0E6h 0230   1]             Start Bus Number : 00
[0E7h 0231   1]               End Bus Number : FF
[0E8h 0232   4]                     Reserved : 00000000

[0ECh 0236   8]                 Base Address : 00000000B0000000
[0F4h 0244   2]         Segment Group Number : 0000
[0F6h 0246   1]             Start Bus Number : 00
[0F7h 0247   1]               End Bus Number : FF
[0F8h 0248   4]                     Reserved : 00000000

[0FCh 0252   8]                 Base Address : 00000000B0000000
[104h 0260   2]         Segment Group Number : 0000
[106h 0262   1]             Start Bus Number : 00
[107h 0263   1]               End Bus Number : FF
[108h 0264   4]                     Reserved : 00000000

[10Ch 0268   8]                 Base Address : 00000000B0000000
[114h 0276   2]         Segment Group Number : 0000
[116h 0278   1]             Start Bus Number : 00
[117h 0279   1]               End Bus Number : FF
[118h 0280   4]                     Reserved : 00000000

[11Ch 0284   8]                 Base Address : 00000000B0000000
[124h 0292   2]         Segment Group Number : 0000
[126h 0294   1]             Start Bus Number : 00
[127h 0295   1]               End Bus Number : FF
[128h 0296   4]                     Reserved : 00000000

[12Ch 0300   8]                 Base Address : 00000000B0000000
[134h 0308   2]         Segment Group Number : 0000
[136h 0310   1]             Start Bus Number : 00
[137h 0311   1]               End Bus Number : FF
[138h 0312   4]                     Reserved : 00000000

[13Ch 0316   8]                 Base Address : 00000000B0000000
[144h 0324   2]         Segment Group Number : 0000
[146h 0326   1]             Start Bus Number : 00
[147h 0327   1]               End Bus Number : FF
[148h 0328   4]                     Reserved : 00000000

[14Ch 0332   8]                 Base Address : 00000000B0000000
[154h 0340   2]         Segment Group Number : 0000
[156h 0342   1]             Start Bus Number : 00
[157h 0343   1]               End Bus Number : FF
[158h 0344   4]                     Reserved : 00000000

[15Ch 0348   8]                 Base Address : 00000000B0000000
[164h 0356   2]         Segment Group Number : 0000
[166h 0358   1]             Start Bus Number : 00
[167h 0359   1]               End Bus Number : FF
[168h 0360   4]                     Reserved : 00000000

[16Ch 0364   8]                 Base Address : 00000000B0000000
[174h 0372   2]         Segment Group Number : 0000
[176h 0374   1]             Start Bus Number : 00
[177h 0375   1]               End Bus Number : FF
[178h 0376   4]                     Reserved : 00000000

[17Ch 0380   8]                 Base Address : 00000000B0000000
[184h 0388   2]         Segment Group Number : 0000
[186h 0390   1]             Start Bus Number : 00
[187h 0391   1]               End Bus Number : FF
[188h 0392   4]                     Reserved : 00000000

[18Ch 0396   8]                 Base Address : 00000000B0000000
[194h 0404   2]         Segment Group Number : 0000
[196h 0406   1]             Start Bus Number : 00
[197h 0407   1]               End Bus Number : FF
[198h 0408   4]                     Reserved : 00000000

[19Ch 0412   8]                 Base Address : 00000000B0000000
[1A4h 0420   2]         Segment Group Number : 0000
[1A6h 0422   1]             Start Bus Number : 00
[1A7h 0423   1]               End Bus Number : FF
[1A8h 0424   4]                     Reserved : 00000000

[1ACh 0428   8]                 Base Address : 00000000B0000000
[1B4h 0436   2]         Segment Group Number : 0000
[1B6h 0438   1]             Start Bus Number : 00
[1B7h 0439   1]               End Bus Number : FF
[1B8h 0440   4]                     Reserved : 00000000

[1BCh 0444   8]                 Base Address : 00000000B0000000
[1C4h 0452   2]         Segment Group Number : 0000
[1C6h 0454   1]             Start Bus Number : 00
[1C7h 0455   1]               End Bus Number : FF
[1C8h 0456   4]                     Reserved : 00000000

[1CCh 0460   8]                 Base Address : 00000000B0000000
[1D4h 0468   2]         Segment Group Number : 0000
[1D6h 0470   1]             Start Bus Number : 00
[1D7h 0471   1]               End Bus Number : FF
[1D8h 0472   4]                     Reserved : 00000000

[1DCh 0476   8]                 Base Address : 00000000B0000000
[1E4h 0484   2]         Segment Group Number : 0000
[1E6h 0486   1]             Start Bus Number : 00
[1E7h 0487   1]               End Bus Number : FF
[1E8h 0488   4]                     Reserved : 00000000

[1ECh 0492   8]                 Base Address : 00000000B0000000
[1F4h 0500   2]         Segment Group Number : 0000
[1F6h 0502   1]             Start Bus Number : 00
[1F7h 0503   1]               End Bus Number : FF
[1F8h 0504   4]                     Reserved : 00000000

[1FCh 0508   8]                 Base Address : 00000000B0000000
[204h 0516   2]         Segment Group Number : 0000
[206h 0518   1]             Start Bus Number : 00
[207h 0519   1]               End Bus Number : FF
[208h 0520   4]                     Reserved : 00000000

[20Ch 0524   8]                 Base Address : 00000000B0000000
[214h 0532   2]         Segment Group Number : 0000
[216h 0534   1]             Start Bus Number : 00
[217h 0535   1]               End Bus Number : FF
[218h 0536   4]                     Reserved : 00000000

[21Ch 0540   8]                 Base Address : 00000000B0000000
[224h 0548   2]         Segment Group Number : 0000
[226h 0550   1]             Start Bus Number : 00
[227h 0551   1]               End Bus Number : FF
[228h 0552   4]                     Reserved : 00000000

[22Ch 0556   8]                 Base Address : 00000000B0000000
[234h 0564   2]         Segment Group Number : 0000
[236h 0566   1]             Start Bus Number : 00
[237h 0567   1]               End Bus Number : FF
[238h 0568   4]                     Reserved : 00000000

[23Ch 0572   8]                 Base Address : 00000000B0000000
[244h 0580   2]         Segment Group Number : 0000
[246h 0582   1]             Start Bus Number : 00
[247h 0583   1]               End Bus Number : FF
[248h 0584   4]                     Reserved : 00000000

[24Ch 0588   8]                 Base Address : 00000000B0000000
[254h 0596   2]         Segment Group Number : 0000
[256h 0598   1]             Start Bus Number : 00
[257h 0599   1]               End Bus Number : FF
[258h 0600   4]                     Reserved : 00000000

[25Ch 0604   8]                 Base Address : 00000000B0000000
[264h 0612   2]         Segment Group Number : 0000
[266h 0614   1]             Start Bus Number : 00
[267h 0615   1]               End Bus Number : FF
[268h 0616   4]                     Reserved : 00000000

[26Ch 0620   8]                 Base Address : 00000000B0000000
[274h 0628   2]         Segment Group Number : 0000
[276h 0630   1]             Start Bus Number : 00
[277h 0631   1]               End Bus Number : FF
[278h 0632   4]                     Reserved : 00000000

[27Ch 0636   8]                 Base Address : 00000000B0000000
[284h 0644   2]         Segment Group Number : 0000
[286h 0646   1]             Start Bus Number : 00
[287h 0647   1]               End Bus Number : FF
[288h 0648   4]                     Reserved : 00000000

[28Ch 0652   8]                 Base Address : 00000000B0000000
[294h 0660   2]         Segment Group Number : 0000
[296h 0662   1]             Start Bus Number : 00
[297h 0663   1]               End Bus Number : FF
[298h 0664   4]                     Reserved : 00000000

[29Ch 0668   8]                 Base Address : 00000000B0000000
[2A4h 0676   2]         Segment Group Number : 0000
[2A6h 0678   1]             Start Bus Number : 00
[2A7h 0679   1]               End Bus Number : FF
[2A8h 0680   4]                     Reserved : 00000000

[2ACh 0684   8]                 Base Address : 00000000B0000000
[2B4h 0692   2]         Segment Group Number : 0000
[2B6h 0694   1]             Start Bus Number : 00
[2B7h 0695   1]               End Bus Number : FF
[2B8h 0696   4]                     Reserved : 00000000

[2BCh 0700   8]                 Base Address : 00000000B0000000
[2C4h 0708   2]         Segment Group Number : 0000
[2C6h 0710   1]             Start Bus Number : 00
[2C7h 0711   1]               End Bus Number : FF
[2C8h 0712   4]                     Reserved : 00000000

[2CCh 0716   8]                 Base Address : 00000000B0000000
[2D4h 0724   2]         Segment Group Number : 0000
[2D6h 0726   1]             Start Bus Number : 00
[2D7h 0727   1]               End Bus Number : FF
[2D8h 0728   4]                     Reserved : 00000000

[2DCh 0732   8]                 Base Address : 00000000B0000000
[2E4h 0740   2]         Segment Group Number : 0000
[2E6h 0742   1]             Start Bus Number : 00
[2E7h 0743   1]               End Bus Number : FF
[2E8h 0744   4]                     Reserved : 00000000

[2ECh 0748   8]                 Base Address : 00000000B0000000
[2F4h 0756   2]         Segment Group Number : 0000
[2F6h 0758   1]             Start Bus Number : 00
[2F7h 0759   1]               End Bus Number : FF
[2F8h 0760   4]                     Reserved : 00000000

[2FCh 0764   8]                 Base Address : 00000000B0000000
[304h 0772   2]         Segment Group Number : 0000
[306h 0774   1]             Start Bus Number : 00
[307h 0775   1]               End Bus Number : FF
[308h 0776   4]                     Reserved : 00000000

[30Ch 0780   8]                 Base Address : 00000000B0000000
[314h 0788   2]         Segment Group Number : 0000
[316h 0790   1]             Start Bus Number : 00
[317h 0791   1]               End Bus Number : FF
[318h 0792   4]                     Reserved : 00000000

[31Ch 0796   8]                 Base Address : 00000000B0000000
[324h 0804   2]         Segment Group Number : 0000
[326h 0806   1]             Start Bus Number : 00
[327h 0807   1]               End Bus Number : FF
[328h 0808   4]                     Reserved : 00000000

[32Ch 0812   8]                 Base Address : 00000000B0000000
[334h 0820   2]         Segment Group Number : 0000
[336h 0822   1]             Start Bus Number : 00
[337h 0823   1]               End Bus Number : FF
[338h 0824   4]                     Reserved : 00000000

[33Ch 0828   8]                 Base Address : 00000000B0000000
[344h 0836   2]         Segment Group Number : 0000
[346h 0838   1]             Start Bus Number : 00
[347h 0839   1]               End Bus Number : FF
[348h 0840   4]                     Reserved : 00000000

[34Ch 0844   8]                 Base Address : 00000000B0000000
[354h 0852   2]         Segment Group Number : 0000
[356h 0854   1]             Start Bus Number : 00
[357h 0855   1]               End Bus Number : FF
[358h 0856   4]                     Reserved : 00000000

[35Ch 0860   8]                 Base Address : 00000000B0000000
[364h 0868   2]         Segment Group Number : 0000
[366h 0870   1]             Start Bus Number : 00
[367h 0871   1]               End Bus Number : FF
[368h 0872   4]                     Reserved : 00000000

[36Ch 0876   8]                 Base Address : 00000000B0000000
[374h 0884   2]         Segment Group Number : 0000
[376h 0886   1]             Start Bus Number : 00
[377h 0887   1]               End Bus Number : FF
[378h 0888   4]                     Reserved : 00000000

[37Ch 0892   8]                 Base Address : 00000000B0000000
[384h 0900   2]         Segment Group Number : 0000
[386h 0902   1]             Start Bus Number : 00
[387h 0903   1]               End Bus Number : FF
[388h 0904   4]                     Reserved : 00000000

[38Ch 0908   8]                 Base Address : 00000000B0000000
[394h 0916   2]         Segment Group Number : 0000
[396h 0918   1]             Start Bus Number : 00
[397h 0919   1]               End Bus Number : FF
[398h 0920   4]                     Reserved : 00000000

[39Ch 0924   8]                 Base Address : 00000000B0000000
[3A4h 0932   2]         Segment Group Number : 0000
[3A6h 0934   1]             Start Bus Number : 00
[3A7h 0935   1]               End Bus Number : FF
[3A8h 0936   4]                     Reserved : 00000000

[3ACh 0940   8]                 Base Address : 00000000B0000000
[3B4h 0948   2]         Segment Group Number : 0000
[3B6h 0950   1]             Start Bus Number : 00
[3B7h 0951   1]               End Bus Number : FF
[3B8h 0952   4]                     Reserved : 00000000

[3BCh 0956   8]                 Base Address : 00000000B0000000
[3C4h 0964   2]         Segment Group Number : 0000
[3C6h 0966   1]             Start Bus Number : 00
[3C7h 0967   1]               End Bus Number : FF
[3C8h 0968   4]                     Reserved : 00000000

[3CCh 0972   8]                 Base Address : 00000000B0000000
[3D4h 0980   2]         Segment Group Number : 0000
[3D6h 0982   1]             Start Bus Number : 00
[3D7h 0983   1]               End Bus Number : FF
[3D8h 0984   4]                     Reserved : 00000000

[3DCh 0988   8]                 Base Address : 00000000B0000000
[3E4h 0996   2]         Segment Group Number : 0000
[3E6h 0998   1]             Start Bus Number : 00
[3E7h 0999   1]               End Bus Number : FF
[3E8h 1000   4]                     Reserved : 00000000

[3ECh 1004   8]                 Base Address : 00000000B0000000
[3F4h 1012   2]         Segment Group Number : 0000
[3F6h 1014   1]             Start Bus Number : 00
[3F7h 1015   1]               End Bus Number : FF
[3F8h 1016   4]                     Reserved : 00000000

[3FCh 1020   8]                 Base Address : 00000000B0000000
[404h 1028   2]         Segment Group Number : 0000
[406h 1030   1]             Start Bus Number : 00
[407h 1031   1]               End Bus Number : FF
[408h 1032   4]                     Reserved : 00000000

[40Ch 1036   8]                 Base Address : 00000000B0000000
[414h 1044   2]         Segment Group Number : 0000
[416h 1046   1]             Start Bus Number : 00
[417h 1047   1]               End Bus Number : FF
[418h 1048   4]                     Reserved : 00000000

[41Ch 1052   8]                 Base Address : 00000000B0000000
[424h 1060   2]         Segment Group Number : 0000
[426h 1062   1]             Start Bus Number : 00
[427h 1063   1]               End Bus Number : FF
[428h 1064   4]                     Reserved : 00000000

[42Ch 1068   8]                 Base Address : 00000000B0000000
[434h 1076   2]         Segment Group Number : 0000
[436h 1078   1]             Start Bus Number : 00
[437h 1079   1]               End Bus Number : FF
[438h 1080   4]                     Reserved : 00000000

[43Ch 1084   8]                 Base Address : 00000000B0000000
[444h 1092   2]         Segment Group Number : 0000
[446h 1094   1]             Start Bus Number : 00
[447h 1095   1]               End Bus Number : FF
[448h 1096   4]                     Reserved : 00000000

[44Ch 1100   8]                 Base Address : 00000000B0000000
[454h 1108   2]         Segment Group Number : 0000
[456h 1110   1]             Start Bus Number : 00
[457h 1111   1]               End Bus Number : FF
[458h 1112   4]                     Reserved : 00000000

[45Ch 1116   8]                 Base Address : 00000000B0000000
[464h 1124   2]         Segment Group Number : 0000
[466h 1126   1]             Start Bus Number : 00
[467h 1127   1]               End Bus Number : FF
[468h 1128   4]                     Reserved : 00000000

[46Ch 1132   8]                 Base Address : 00000000B0000000
[474h 1140   2]         Segment Group Number : 0000
[476h 1142   1]             Start Bus Number : 00
[477h 1143   1]               End Bus Number : FF
[478h 1144   4]                     Reserved : 00000000

[47Ch 1148   8]                 Base Address : 00000000B0000000
[484h 1156   2]         Segment Group Number : 0000
[486h 1158   1]             Start Bus Number : 00
[487h 1159   1]               End Bus Number : FF
[488h 1160   4]                     Reserved : 00000000

[48Ch 1164   8]                 Base Address : 00000000B0000000
[494h 1172   2]         Segment Group Number : 0000
[496h 1174   1]             Start Bus Number : 00
[497h 1175   1]               End Bus Number : FF
[498h 1176   4]                     Reserved : 00000000

[49Ch 1180   8]                 Base Address : 00000000B0000000
[4A4h 1188   2]         Segment Group Number : 0000
[4A6h 1190   1]             Start Bus Number : 00
[4A7h 1191   1]               End Bus Number : FF
[4A8h 1192   4]                     Reserved : 00000000

[4ACh 1196   8]                 Base Address : 00000000B0000000
[4B4h 1204   2]         Segment Group Number : 0000
[4B6h 1206   1]             Start Bus Number : 00
[4B7h 1207   1]               End Bus Number : FF
[4B8h 1208   4]                     Reserved : 00000000

[4BCh 1212   8]                 Base Address : 00000000B0000000
[4C4h 1220   2]         Segment Group Number : 0000
[4C6h 1222   1]             Start Bus Number : 00
[4C7h 1223   1]               End Bus Number : FF
[4C8h 1224   4]                     Reserved : 00000000

[4CCh 1228   8]                 Base Address : 00000000B0000000
[4D4h 1236   2]         Segment Group Number : 0000
[4D6h 1238   1]             Start Bus Number : 00
[4D7h 1239   1]               End Bus Number : FF
[4D8h 1240   4]                     Reserved : 00000000

[4DCh 1244   8]                 Base Address : 00000000B0000000
[4E4h 1252   2]         Segment Group Number : 0000
[4E6h 1254   1]             Start Bus Number : 00
[4E7h 1255   1]               End Bus Number : FF
[4E8h 1256   4]                     Reserved : 00000000

[4ECh 1260   8]                 Base Address : 00000000B0000000
[4F4h 1268   2]         Segment Group Number : 0000
[4F6h 1270   1]             Start Bus Number : 00
[4F7h 1271   1]               End Bus Number : FF
[4F8h 1272   4]                     Reserved : 00000000

[4FCh 1276   8]                 Base Address : 00000000B0000000
[504h 1284   2]         Segment Group Number : 0000
[506h 1286   1]             Start Bus Number : 00
[507h 1287   1]               End Bus Number : FF
[508h 1288   4]                     Reserved : 00000000

[50Ch 1292   8]                 Base Address : 00000000B0000000
[514h 1300   2]         Segment Group Number : 0000
[516h 1302   1]             Start Bus Number : 00
[517h 1303   1]               End Bus Number : FF
[518h 1304   4]                     Reserved : 00000000

[51Ch 1308   8]                 Base Address : 00000000B0000000
[524h 1316   2]         Segment Group Number : 0000
[526h 1318   1]             Start Bus Number : 00
[527h 1319   1]               End Bus Number : FF
[528h 1320   4]                     Reserved : 00000000

[52Ch 1324   8]                 Base Address : 00000000B0000000
[534h 1332   2]         Segment Group Number : 0000
[536h 1334   1]             Start Bus Number : 00
[537h 1335   1]               End Bus Number : FF
[538h 1336   4]                     Reserved : 00000000

[53Ch 1340   8]                 Base Address : 00000000B0000000
[544h 1348   2]         Segment Group Number : 0000
[546h 1350   1]             Start Bus Number : 00
[547h 1351   1]               End Bus Number : FF
[548h 1352   4]                     Reserved : 00000000

[54Ch 1356   8]                 Base Address : 00000000B0000000
[554h 1364   2]         Segment Group Number : 0000
[556h 1366   1]             Start Bus Number : 00
[557h 1367   1]               End Bus Number : FF
[558h 1368   4]                     Reserved : 00000000

[55Ch 1372   8]                 Base Address : 00000000B0000000
[564h 1380   2]         Segment Group Number : 0000
[566h 1382   1]             Start Bus Number : 00
[567h 1383   1]               End Bus Number : FF
[568h 1384   4]                     Reserved : 00000000

[56Ch 1388   8]                 Base Address : 00000000B0000000
[574h 1396   2]         Segment Group Number : 0000
[576h 1398   1]             Start Bus Number : 00
[577h 1399   1]               End Bus Number : FF
[578h 1400   4]                     Reserved : 00000000

[57Ch 1404   8]                 Base Address : 00000000B0000000
[584h 1412   2]         Segment Group Number : 0000
[586h 1414   1]             Start Bus Number : 00
[587h 1415   1]               End Bus Number : FF
[588h 1416   4]                     Reserved : 00000000

[58Ch 1420   8]                 Base Address : 00000000B0000000
[594h 1428   2]         Segment Group Number : 0000
[596h 1430   1]             Start Bus Number : 00
[597h 1431   1]               End Bus Number : FF
[598h 1432   4]                     Reserved : 00000000

[59Ch 1436   8]                 Base Address : 00000000B0000000
[5A4h 1444   2]         Segment Group Number : 0000
[5A6h 1446   1]             Start Bus Number : 00
[5A7h 1447   1]               End Bus Number : FF
[5A8h 1448   4]                     Reserved : 00000000

[5ACh 1452   8]                 Base Address : 00000000B0000000
[5B4h 1460   2]         Segment Group Number : 0000
[5B6h 1462   1]             Start Bus Number : 00
[5B7h 1463   1]               End Bus Number : FF
[5B8h 1464   4]                     Reserved : 00000000

[5BCh 1468   8]                 Base Address : 00000000B0000000
[5C4h 1476   2]         Segment Group Number : 0000
[5C6h 1478   1]             Start Bus Number : 00
[5C7h 1479   1]               End Bus Number : FF
[5C8h 1480   4]                     Reserved : 00000000

[5CCh 1484   8]                 Base Address : 00000000B0000000
[5D4h 1492   2]         Segment Group Number : 0000
[5D6h 1494   1]             Start Bus Number : 00
[5D7h 1495   1]               End Bus Number : FF
[5D8h 1496   4]                     Reserved : 00000000

[5DCh 1500   8]                 Base Address : 00000000B0000000
[5E4h 1508   2]         Segment Group Number : 0000
[5E6h 1510   1]             Start Bus Number : 00
[5E7h 1511   1]               End Bus Number : FF
[5E8h 1512   4]                     Reserved : 00000000

[5ECh 1516   8]                 Base Address : 00000000B0000000
[5F4h 1524   2]         Segment Group Number : 0000
[5F6h 1526   1]             Start Bus Number : 00
[5F7h 1527   1]               End Bus Number : FF
[5F8h 1528   4]                     Reserved : 00000000

[5FCh 1532   8]                 Base Address : 00000000B0000000
[604h 1540   2]         Segment Group Number : 0000
[606h 1542   1]             Start Bus Number : 00
[607h 1543   1]               End Bus Number : FF
[608h 1544   4]                     Reserved : 00000000

[60Ch 1548   8]                 Base Address : 00000000B0000000
[614h 1556   2]         Segment Group Number : 0000
[616h 1558   1]             Start Bus Number : 00
[617h 1559   1]               End Bus Number : FF
[618h 1560   4]                     Reserved : 00000000

[61Ch 1564   8]                 Base Address : 00000000B0000000
[624h 1572   2]         Segment Group Number : 0000
[626h 1574   1]             Start Bus Number : 00
[627h 1575   1]               End Bus Number : FF
[628h 1576   4]                     Reserved : 00000000

[62Ch 1580   8]                 Base Address : 00000000B0000000
[634h 1588   2]         Segment Group Number : 0000
[636h 1590   1]             Start Bus Number : 00
[637h 1591   1]               End Bus Number : FF
[638h 1592   4]                     Reserved : 00000000

[63Ch 1596   8]                 Base Address : 00000000B0000000
[644h 1604   2]         Segment Group Number : 0000
[646h 1606   1]             Start Bus Number : 00
[647h 1607   1]               End Bus Number : FF
[648h 1608   4]                     Reserved : 00000000

[64Ch 1612   8]                 Base Address : 00000000B0000000
[654h 1620   2]         Segment Group Number : 0000
[656h 1622   1]             Start Bus Number : 00
[657h 1623   1]               End Bus Number : FF
[658h 1624   4]                     Reserved : 00000000

[65Ch 1628   8]                 Base Address : 00000000B0000000
[664h 1636   2]         Segment Group Number : 0000
[666h 1638   1]             Start Bus Number : 00
[667h 1639   1]               End Bus Number : FF
[668h 1640   4]                     Reserved : 00000000

[66Ch 1644   8]                 Base Address : 00000000B0000000
[674h 1652   2]         Segment Group Number : 0000
[676h 1654   1]             Start Bus Number : 00
[677h 1655   1]               End Bus Number : FF
[678h 1656   4]                     Reserved : 00000000

[67Ch 1660   8]                 Base Address : 00000000B0000000
[684h 1668   2]         Segment Group Number : 0000
[686h 1670   1]             Start Bus Number : 00
[687h 1671   1]               End Bus Number : FF
[688h 1672   4]                     Reserved : 00000000

[68Ch 1676   8]                 Base Address : 00000000B0000000
[694h 1684   2]         Segment Group Number : 0000
[696h 1686   1]             Start Bus Number : 00
[697h 1687   1]               End Bus Number : FF
[698h 1688   4]                     Reserved : 00000000

[69Ch 1692   8]                 Base Address : 00000000B0000000
[6A4h 1700   2]         Segment Group Number : 0000
[6A6h 1702   1]             Start Bus Number : 00
[6A7h 1703   1]               End Bus Number : FF
[6A8h 1704   4]                     Reserved : 00000000

[6ACh 1708   8]                 Base Address : 00000000B0000000
[6B4h 1716   2]         Segment Group Number : 0000
[6B6h 1718   1]             Start Bus Number : 00
[6B7h 1719   1]               End Bus Number : FF
[6B8h 1720   4]                     Reserved : 00000000

[6BCh 1724   8]                 Base Address : 00000000B0000000
[6C4h 1732   2]         Segment Group Number : 0000
[6C6h 1734   1]             Start Bus Number : 00
[6C7h 1735   1]               End Bus Number : FF
[6C8h 1736   4]                     Reserved : 00000000

[6CCh 1740   8]                 Base Address : 00000000B0000000
[6D4h 1748   2]         Segment Group Number : 0000
[6D6h 1750   1]             Start Bus Number : 00
[6D7h 1751   1]               End Bus Number : FF
[6D8h 1752   4]                     Reserved : 00000000

[6DCh 1756   8]                 Base Address : 00000000B0000000
[6E4h 1764   2]         Segment Group Number : 0000
[6E6h 1766   1]             Start Bus Number : 00
[6E7h 1767   1]               End Bus Number : FF
[6E8h 1768   4]                     Reserved : 00000000

[6ECh 1772   8]                 Base Address : 00000000B0000000
[6F4h 1780   2]         Segment Group Number : 0000
[6F6h 1782   1]             Start Bus Number : 00
[6F7h 1783   1]               End Bus Number : FF
[6F8h 1784   4]                     Reserved : 00000000

[6FCh 1788   8]                 Base Address : 00000000B0000000
[704h 1796   2]         Segment Group Number : 0000
[706h 1798   1]             Start Bus Number : 00
[707h 1799   1]               End Bus Number : FF
[708h 1800   4]                     Reserved : 00000000

[70Ch 1804   8]                 Base Address : 00000000B0000000
[714h 1812   2]         Segment Group Number : 0000
[716h 1814   1]             Start Bus Number : 00
[717h 1815   1]               End Bus Number : FF
[718h 1816   4]                     Reserved : 00000000

[71Ch 1820   8]                 Base Address : 00000000B0000000
[724h 1828   2]         Segment Group Number : 0000
[726h 1830   1]             Start Bus Number : 00
[727h 1831   1]               End Bus Number : FF
[728h 1832   4]                     Reserved : 00000000

[72Ch 1836   8]                 Base Address : 00000000B0000000
[734h 1844   2]         Segment Group Number : 0000
[736h 1846   1]             Start Bus Number : 00
[737h 1847   1]               End Bus Number : FF
[738h 1848   4]                     Reserved : 00000000

[73Ch 1852   8]                 Base Address : 00000000B0000000
[744h 1860   2]         Segment Group Number : 0000
[746h 1862   1]             Start Bus Number : 00
[747h 1863   1]               End Bus Number : FF
[748h 1864   4]                     Reserved : 00000000

[74Ch 1868   8]                 Base Address : 00000000B0000000
[754h 1876   2]         Segment Group Number : 0000
[756h 1878   1]             Start Bus Number : 00
[757h 1879   1]               End Bus Number : FF
[758h 1880   4]                     Reserved : 00000000

[75Ch 1884   8]                 Base Address : 00000000B0000000
[764h 1892   2]         Segment Group Number : 0000
[766h 1894   1]             Start Bus Number : 00
[767h 1895   1]               End Bus Number : FF
[768h 1896   4]                     Reserved : 00000000

[76Ch 1900   8]                 Base Address : 00000000B0000000
[774h 1908   2]         Segment Group Number : 0000
[776h 1910   1]             Start Bus Number : 00
[777h 1911   1]               End Bus Number : FF
[778h 1912   4]                     Reserved : 00000000

[77Ch 1916   8]                 Base Address : 00000000B0000000
[784h 1924   2]         Segment Group Number : 0000
[786h 1926   1]             Start Bus Number : 00
[787h 1927   1]               End Bus Number : FF
[788h 1928   4]                     Reserved : 00000000

[78Ch 1932   8]                 Base Address : 00000000B0000000
[794h 1940   2]         Segment Group Number : 0000
[796h 1942   1]             Start Bus Number : 00
[797h 1943   1]               End Bus Number : FF
[798h 1944   4]                     Reserved : 00000000

[79Ch 1948   8]                 Base Address : 00000000B0000000
[7A4h 1956   2]         Segment Group Number : 0000
[7A6h 1958   1]             Start Bus Number : 00
[7A7h 1959   1]               End Bus Number : FF
[7A8h 1960   4]                     Reserved : 00000000

[7ACh 1964   8]                 Base Address : 00000000B0000000
[7B4h 1972   2]         Segment Group Number : 0000
[7B6h 1974   1]             Start Bus Number : 00
[7B7h 1975   1]               End Bus Number : FF
[7B8h 1976   4]                     Reserved : 00000000

[7BCh 1980   8]                 Base Address : 00000000B0000000
[7C4h 1988   2]         Segment Group Number : 0000
[7C6h 1990   1]             Start Bus Number : 00
[7C7h 1991   1]               End Bus Number : FF
[7C8h 1992   4]                     Reserved : 00000000

[7CCh 1996   8]                 Base Address : 00000000B0000000
[7D4h 2004   2]         Segment Group Number : 0000
[7D6h 2006   1]             Start Bus Number : 00
[7D7h 2007   1]               End Bus Number : FF
[7D8h 2008   4]                     Reserved : 00000000

[7DCh 2012   8]                 Base Address : 00000000B0000000
[7E4h 2020   2]         Segment Group Number : 0000
[7E6h 2022   1]             Start Bus Number : 00
[7E7h 2023   1]               End Bus Number : FF
[7E8h 2024   4]                     Reserved : 00000000

[7ECh 2028   8]                 Base Address : 00000000B0000000
[7F4h 2036   2]         Segment Group Number : 0000
[7F6h 2038   1]             Start Bus Number : 00
[7F7h 2039   1]               End Bus Number : FF
[7F8h 2040   4]                     Reserved : 00000000

[7FCh 2044   8]                 Base Address : 00000000B0000000
[804h 2052   2]         Segment Group Number : 0000
[806h 2054   1]             Start Bus Number : 00
[807h 2055   1]               End Bus Number : FF
[808h 2056   4]                     Reserved : 00000000

[80Ch 2060   8]                 Base Address : 00000000B0000000
[814h 2068   2]         Segment Group Number : 0000
[816h 2070   1]             Start Bus Number : 00
[817h 2071   1]               End Bus Number : FF
[818h 2072   4]                     Reserved : 00000000

[81Ch 2076   8]                 Base Address : 00000000B0000000
[824h 2084   2]         Segment Group Number : 0000
[826h 2086   1]             Start Bus Number : 00
[827h 2087   1]               End Bus Number : FF
[828h 2088   4]                     Reserved : 00000000

[82Ch 2092   8]                 Base Address : 00000000B0000000
[834h 2100   2]         Segment Group Number : 0000
[836h 2102   1]             Start Bus Number : 00
[837h 2103   1]               End Bus Number : FF
[838h 2104   4]                     Reserved : 00000000

[83Ch 2108   8]                 Base Address : 00000000B0000000
[844h 2116   2]         Segment Group Number : 0000
[846h 2118   1]             Start Bus Number : 00
[847h 2119   1]               End Bus Number : FF
[848h 2120   4]                     Reserved : 00000000

[84Ch 2124   8]                 Base Address : 00000000B0000000
[854h 2132   2]         Segment Group Number : 0000
[856h 2134   1]             Start Bus Number : 00
[857h 2135   1]               End Bus Number : FF
[858h 2136   4]                     Reserved : 00000000

[85Ch 2140   8]                 Base Address : 00000000B0000000
[864h 2148   2]         Segment Group Number : 0000
[866h 2150   1]             Start Bus Number : 00
[867h 2151   1]               End Bus Number : FF
[868h 2152   4]                     Reserved : 00000000

[86Ch 2156   8]                 Base Address : 00000000B0000000
[874h 2164   2]         Segment Group Number : 0000
[876h 2166   1]             Start Bus Number : 00
[877h 2167   1]               End Bus Number : FF
[878h 2168   4]                     Reserved : 00000000

[87Ch 2172   8]                 Base Address : 00000000B0000000
[884h 2180   2]         Segment Group Number : 0000
[886h 2182   1]             Start Bus Number : 00
[887h 2183   1]               End Bus Number : FF
[888h 2184   4]                     Reserved : 00000000

[88Ch 2188   8]                 Base Address : 00000000B0000000
[894h 2196   2]         Segment Group Number : 0000
[896h 2198   1]             Start Bus Number : 00
[897h 2199   1]               End Bus Number : FF
[898h 2200   4]                     Reserved : 00000000

[89Ch 2204   8]                 Base Address : 00000000B0000000
[8A4h 2212   2]         Segment Group Number : 0000
[8A6h 2214   1]             Start Bus Number : 00
[8A7h 2215   1]               End Bus Number : FF
[8A8h 2216   4]                     Reserved : 00000000

[8ACh 2220   8]                 Base Address : 00000000B0000000
[8B4h 2228   2]         Segment Group Number : 0000
[8B6h 2230   1]             Start Bus Number : 00
[8B7h 2231   1]               End Bus Number : FF
[8B8h 2232   4]                     Reserved : 00000000

[8BCh 2236   8]                 Base Address : 00000000B0000000
[8C4h 2244   2]         Segment Group Number : 0000
[8C6h 2246   1]             Start Bus Number : 00
[8C7h 2247   1]               End Bus Number : FF
[8C8h 2248   4]                     Reserved : 00000000

[8CCh 2252   8]                 Base Address : 00000000B0000000
[8D4h 2260   2]         Segment Group Number : 0000
[8D6h 2262   1]             Start Bus Number : 00
[8D7h 2263   1]               End Bus Number : FF
[8D8h 2264   4]                     Reserved : 00000000

[8DCh 2268   8]                 Base Address : 00000000B0000000
[8E4h 2276   2]         Segment Group Number : 0000
[8E6h 2278   1]             Start Bus Number : 00
[8E7h 2279   1]               End Bus Number : FF
[8E8h 2280   4]                     Reserved : 00000000

[8ECh 2284   8]                 Base Address : 00000000B0000000
[8F4h 2292   2]         Segment Group Number : 0000
[8F6h 2294   1]             Start Bus Number : 00
[8F7h 2295   1]               End Bus Number : FF
[8F8h 2296   4]                     Reserved : 00000000

[8FCh 2300   8]                 Base Address : 00000000B0000000
[904h 2308   2]         Segment Group Number : 0000
[906h 2310   1]             Start Bus Number : 00
[907h 2311   1]               End Bus Number : FF
[908h 2312   4]                     Reserved : 00000000

[90Ch 2316   8]                 Base Address : 00000000B0000000
[914h 2324   2]         Segment Group Number : 0000
[916h 2326   1]             Start Bus Number : 00
[917h 2327   1]               End Bus Number : FF
[918h 2328   4]                     Reserved : 00000000

[91Ch 2332   8]                 Base Address : 00000000B0000000
[924h 2340   2]         Segment Group Number : 0000
[926h 2342   1]             Start Bus Number : 00
[927h 2343   1]               End Bus Number : FF
[928h 2344   4]                     Reserved : 00000000

[92Ch 2348   8]                 Base Address : 00000000B0000000
[934h 2356   2]         Segment Group Number : 0000
[936h 2358   1]             Start Bus Number : 00
[937h 2359   1]               End Bus Number : FF
[938h 2360   4]                     Reserved : 00000000

[93Ch 2364   8]                 Base Address : 00000000B0000000
[944h 2372   2]         Segment Group Number : 0000
[946h 2374   1]             Start Bus Number : 00
[947h 2375   1]               End Bus Number : FF
[948h 2376   4]                     Reserved : 00000000

[94Ch 2380   8]                 Base Address : 00000000B0000000
[954h 2388   2]         Segment Group Number : 0000
[956h 2390   1]             Start Bus Number : 00
[957h 2391   1]               End Bus Number : FF
[958h 2392   4]                     Reserved : 00000000

[95Ch 2396   8]                 Base Address : 00000000B0000000
[964h 2404   2]         Segment Group Number : 0000
[966h 2406   1]             Start Bus Number : 00
[967h 2407   1]               End Bus Number : FF
[968h 2408   4]                     Reserved : 00000000

[96Ch 2412   8]                 Base Address : 00000000B0000000
[974h 2420   2]         Segment Group Number : 0000
[976h 2422   1]             Start Bus Number : 00
[977h 2423   1]               End Bus Number : FF
[978h 2424   4]                     Reserved : 00000000

[97Ch 2428   8]                 Base Address : 00000000B0000000
[984h 2436   2]         Segment Group Number : 0000
[986h 2438   1]             Start Bus Number : 00
[987h 2439   1]               End Bus Number : FF
[988h 2440   4]                     Reserved : 00000000

[98Ch 2444   8]                 Base Address : 00000000B0000000
[994h 2452   2]         Segment Group Number : 0000
[996h 2454   1]             Start Bus Number : 00
[997h 2455   1]               End Bus Number : FF
[998h 2456   4]                     Reserved : 00000000

[99Ch 2460   8]                 Base Address : 00000000B0000000
[9A4h 2468   2]         Segment Group Number : 0000
[9A6h 2470   1]             Start Bus Number : 00
[9A7h 2471   1]               End Bus Number : FF
[9A8h 2472   4]                     Reserved : 00000000

[9ACh 2476   8]                 Base Address : 00000000B0000000
[9B4h 2484   2]         Segment Group Number : 0000
[9B6h 2486   1]             Start Bus Number : 00
[9B7h 2487   1]               End Bus Number : FF
[9B8h 2488   4]                     Reserved : 00000000

[9BCh 2492   8]                 Base Address : 00000000B0000000
[9C4h 2500   2]         Segment Group Number : 0000
[9C6h 2502   1]             Start Bus Number : 00
[9C7h 2503   1]               End Bus Number : FF
[9C8h 2504   4]                     Reserved : 00000000

[9CCh 2508   8]                 Base Address : 00000000B0000000
[9D4h 2516   2]         Segment Group Number : 0000
[9D6h 2518   1]             Start Bus Number : 00
[9D7h 2519   1]               End Bus Number : FF
[9D8h 2520   4]                     Reserved : 00000000

[9DCh 2524   8]                 Base Address : 00000000B0000000
[9E4h 2532   2]         Segment Group Number : 0000
[9E6h 2534   1]             Start Bus Number : 00
[9E7h 2535   1]               End Bus Number : FF
[9E8h 2536   4]                     Reserved : 00000000

[9ECh 2540   8]                 Base Address : 00000000B0000000
[9F4h 2548   2]         Segment Group Number : 0000
[9F6h 2550   1]             Start Bus Number : 00
[9F7h 2551   1]               End Bus Number : FF
[9F8h 2552   4]                     Reserved : 00000000

[9FCh 2556   8]                 Base Address : 00000000B0000000
[A04h 2564   2]         Segment Group Number : 0000
[A06h 2566   1]             Start Bus Number : 00
[A07h 2567   1]               End Bus Number : FF
[A08h 2568   4]                     Reserved : 00000000

[A0Ch 2572   8]                 Base Address : 00000000B0000000
[A14h 2580   2]         Segment Group Number : 0000
[A16h 2582   1]             Start Bus Number : 00
[A17h 2583   1]               End Bus Number : FF
[A18h 2584   4]                     Reserved : 00000000

[A1Ch 2588   8]                 Base Address : 00000000B0000000
[A24h 2596   2]         Segment Group Number : 0000
[A26h 2598   1]             Start Bus Number : 00
[A27h 2599   1]               End Bus Number : FF
[A28h 2600   4]                     Reserved : 00000000

[A2Ch 2604   8]                 Base Address : 00000000B0000000
[A34h 2612   2]         Segment Group Number : 0000
[A36h 2614   1]             Start Bus Number : 00
[A37h 2615   1]               End Bus Number : FF
[A38h 2616   4]                     Reserved : 00000000

[A3Ch 2620   8]                 Base Address : 00000000B0000000
[A44h 2628   2]         Segment Group Number : 0000
[A46h 2630   1]             Start Bus Number : 00
[A47h 2631   1]               End Bus Number : FF
[A48h 2632   4]                     Reserved : 00000000

[A4Ch 2636   8]                 Base Address : 00000000B0000000
[A54h 2644   2]         Segment Group Number : 0000
[A56h 2646   1]             Start Bus Number : 00
[A57h 2647   1]               End Bus Number : FF
[A58h 2648   4]                     Reserved : 00000000

[A5Ch 2652   8]                 Base Address : 00000000B0000000
[A64h 2660   2]         Segment Group Number : 0000
[A66h 2662   1]             Start Bus Number : 00
[A67h 2663   1]               End Bus Number : FF
[A68h 2664   4]                     Reserved : 00000000

[A6Ch 2668   8]                 Base Address : 00000000B0000000
[A74h 2676   2]         Segment Group Number : 0000
[A76h 2678   1]             Start Bus Number : 00
[A77h 2679   1]               End Bus Number : FF
[A78h 2680   4]                     Reserved : 00000000

[A7Ch 2684   8]                 Base Address : 00000000B0000000
[A84h 2692   2]         Segment Group Number : 0000
[A86h 2694   1]             Start Bus Number : 00
[A87h 2695   1]               End Bus Number : FF
[A88h 2696   4]                     Reserved : 00000000

[A8Ch 2700   8]                 Base Address : 00000000B0000000
[A94h 2708   2]         Segment Group Number : 0000
[A96h 2710   1]             Start Bus Number : 00
[A97h 2711   1]               End Bus Number : FF
[A98h 2712   4]                     Reserved : 00000000

[A9Ch 2716   8]                 Base Address : 00000000B0000000
[AA4h 2724   2]         Segment Group Number : 0000
[AA6h 2726   1]             Start Bus Number : 00
[AA7h 2727   1]               End Bus Number : FF
[AA8h 2728   4]                     Reserved : 00000000

[AACh 2732   8]                 Base Address : 00000000B0000000
[AB4h 2740   2]         Segment Group Number : 0000
[AB6h 2742   1]             Start Bus Number : 00
[AB7h 2743   1]               End Bus Number : FF
[AB8h 2744   4]                     Reserved : 00000000

[ABCh 2748   8]                 Base Address : 00000000B0000000
[AC4h 2756   2]         Segment Group Number : 0000
[AC6h 2758   1]             Start Bus Number : 00
[AC7h 2759   1]               End Bus Number : FF
[AC8h 2760   4]                     Reserved : 00000000

[ACCh 2764   8]                 Base Address : 00000000B0000000
[AD4h 2772   2]         Segment Group Number : 0000
[AD6h 2774   1]             Start Bus Number : 00
[AD7h 2775   1]               End Bus Number : FF
[AD8h 2776   4]                     Reserved : 00000000

[ADCh 2780   8]                 Base Address : 00000000B0000000
[AE4h 2788   2]         Segment Group Number : 0000
[AE6h 2790   1]             Start Bus Number : 00
[AE7h 2791   1]               End Bus Number : FF
[AE8h 2792   4]                     Reserved : 00000000

[AECh 2796   8]                 Base Address : 00000000B0000000
[AF4h 2804   2]         Segment Group Number : 0000
[AF6h 2806   1]             Start Bus Number : 00
[AF7h 2807   1]               End Bus Number : FF
[AF8h 2808   4]                     Reserved : 00000000

[AFCh 2812   8]                 Base Address : 00000000B0000000
[B04h 2820   2]         Segment Group Number : 0000
[B06h 2822   1]             Start Bus Number : 00
[B07h 2823   1]               End Bus Number : FF
[B08h 2824   4]                     Reserved : 00000000

[B0Ch 2828   8]                 Base Address : 00000000B0000000
[B14h 2836   2]         Segment Group Number : 0000
[B16h 2838   1]             Start Bus Number : 00
[B17h 2839   1]               End Bus Number : FF
[B18h 2840   4]                     Reserved : 00000000

[B1Ch 2844   8]                 Base Address : 00000000B0000000
[B24h 2852   2]         Segment Group Number : 0000
[B26h 2854   1]             Start Bus Number : 00
[B27h 2855   1]               End Bus Number : FF
[B28h 2856   4]                     Reserved : 00000000

[B2Ch 2860   8]                 Base Address : 00000000B0000000
[B34h 2868   2]         Segment Group Number : 0000
[B36h 2870   1]             Start Bus Number : 00
[B37h 2871   1]               End Bus Number : FF
[B38h 2872   4]                     Reserved : 00000000

[B3Ch 2876   8]                 Base Address : 00000000B0000000
[B44h 2884   2]         Segment Group Number : 0000
[B46h 2886   1]             Start Bus Number : 00
[B47h 2887   1]               End Bus Number : FF
[B48h 2888   4]                     Reserved : 00000000

[B4Ch 2892   8]                 Base Address : 00000000B0000000
[B54h 2900   2]         Segment Group Number : 0000
[B56h 2902   1]             Start Bus Number : 00
[B57h 2903   1]               End Bus Number : FF
[B58h 2904   4]                     Reserved : 00000000

[B5Ch 2908   8]                 Base Address : 00000000B0000000
[B64h 2916   2]         Segment Group Number : 0000
[B66h 2918   1]             Start Bus Number : 00
[B67h 2919   1]               End Bus Number : FF
[B68h 2920   4]                     Reserved : 00000000

[B6Ch 2924   8]                 Base Address : 00000000B0000000
[B74h 2932   2]         Segment Group Number : 0000
[B76h 2934   1]             Start Bus Number : 00
[B77h 2935   1]               End Bus Number : FF
[B78h 2936   4]                     Reserved : 00000000

[B7Ch 2940   8]                 Base Address : 00000000B0000000
[B84h 2948   2]         Segment Group Number : 0000
[B86h 2950   1]             Start Bus Number : 00
[B87h 2951   1]               End Bus Number : FF
[B88h 2952   4]                     Reserved : 00000000

[B8Ch 2956   8]                 Base Address : 00000000B0000000
[B94h 2964   2]         Segment Group Number : 0000
[B96h 2966   1]             Start Bus Number : 00
[B97h 2967   1]               End Bus Number : FF
[B98h 2968   4]                     Reserved : 00000000

[B9Ch 2972   8]                 Base Address : 00000000B0000000
[BA4h 2980   2]         Segment Group Number : 0000
[BA6h 2982   1]             Start Bus Number : 00
[BA7h 2983   1]               End Bus Number : FF
[BA8h 2984   4]                     Reserved : 00000000

[BACh 2988   8]                 Base Address : 00000000B0000000
[BB4h 2996   2]         Segment Group Number : 0000
[BB6h 2998   1]             Start Bus Number : 00
[BB7h 2999   1]               End Bus Number : FF
[BB8h 3000   4]                     Reserved : 00000000

[BBCh 3004   8]                 Base Address : 00000000B0000000
[BC4h 3012   2]         Segment Group Number : 0000
[BC6h 3014   1]             Start Bus Number : 00
[BC7h 3015   1]               End Bus Number : FF
[BC8h 3016   4]                     Reserved : 00000000

[BCCh 3020   8]                 Base Address : 00000000B0000000
[BD4h 3028   2]         Segment Group Number : 0000
[BD6h 3030   1]             Start Bus Number : 00
[BD7h 3031   1]               End Bus Number : FF
[BD8h 3032   4]                     Reserved : 00000000

[BDCh 3036   8]                 Base Address : 00000000B0000000
[BE4h 3044   2]         Segment Group Number : 0000
[BE6h 3046   1]             Start Bus Number : 00
[BE7h 3047   1]               End Bus Number : FF
[BE8h 3048   4]                     Reserved : 00000000

[BECh 3052   8]                 Base Address : 00000000B0000000
[BF4h 3060   2]         Segment Group Number : 0000
[BF6h 3062   1]             Start Bus Number : 00
[BF7h 3063   1]               End Bus Number : FF
[BF8h 3064   4]                     Reserved : 00000000

[BFCh 3068   8]                 Base Address : 00000000B0000000
[C04h 3076   2]         Segment Group Number : 0000
[C06h 3078   1]             Start Bus Number : 00
[C07h 3079   1]               End Bus Number : FF
[C08h 3080   4]                     Reserved : 00000000

[C0Ch 3084   8]                 Base Address : 00000000B0000000
[C14h 3092   2]         Segment Group Number : 0000
[C16h 3094   1]             Start Bus Number : 00
[C17h 3095   1]               End Bus Number : FF
[C18h 3096   4]                     Reserved : 00000000

[C1Ch 3100   8]                 Base Address : 00000000B0000000
[C24h 3108   2]         Segment Group Number : 0000
[C26h 3110   1]             Start Bus Number : 00
[C27h 3111   1]               End Bus Number : FF
[C28h 3112   4]                     Reserved : 00000000

[C2Ch 3116   8]                 Base Address : 00000000B0000000
[C34h 3124   2]         Segment Group Number : 0000
[C36h 3126   1]             Start Bus Number : 00
[C37h 3127   1]               End Bus Number : FF
[C38h 3128   4]                     Reserved : 00000000

[C3Ch 3132   8]                 Base Address : 00000000B0000000
[C44h 3140   2]         Segment Group Number : 0000
[C46h 3142   1]             Start Bus Number : 00
[C47h 3143   1]               End Bus Number : FF
[C48h 3144   4]                     Reserved : 00000000

[C4Ch 3148   8]                 Base Address : 00000000B0000000
[C54h 3156   2]         Segment Group Number : 0000
[C56h 3158   1]             Start Bus Number : 00
[C57h 3159   1]               End Bus Number : FF
[C58h 3160   4]                     Reserved : 00000000

[C5Ch 3164   8]                 Base Address : 00000000B0000000
[C64h 3172   2]         Segment Group Number : 0000
[C66h 3174   1]             Start Bus Number : 00
[C67h 3175   1]               End Bus Number : FF
[C68h 3176   4]                     Reserved : 00000000

[C6Ch 3180   8]                 Base Address : 00000000B0000000
[C74h 3188   2]         Segment Group Number : 0000
[C76h 3190   1]             Start Bus Number : 00
[C77h 3191   1]               End Bus Number : FF
[C78h 3192   4]                     Reserved : 00000000

[C7Ch 3196   8]                 Base Address : 00000000B0000000
[C84h 3204   2]         Segment Group Number : 0000
[C86h 3206   1]             Start Bus Number : 00
[C87h 3207   1]               End Bus Number : FF
[C88h 3208   4]                     Reserved : 00000000

[C8Ch 3212   8]                 Base Address : 00000000B0000000
[C94h 3220   2]         Segment Group Number : 0000
[C96h 3222   1]             Start Bus Number : 00
[C97h 3223   1]               End Bus Number : FF
[C98h 3224   4]                     Reserved : 00000000

[C9Ch 3228   8]                 Base Address : 00000000B0000000
[CA4h 3236   2]         Segment Group Number : 0000
[CA6h 3238   1]             Start Bus Number : 00
[CA7h 3239   1]               End Bus Number : FF
[CA8h 3240   4]                     Reserved : 00000000

[CACh 3244   8]                 Base Address : 00000000B0000000
[CB4h 3252   2]         Segment Group Number : 0000
[CB6h 3254   1]             Start Bus Number : 00
[CB7h 3255   1]               End Bus Number : FF
[CB8h 3256   4]                     Reserved : 00000000

[CBCh 3260   8]                 Base Address : 00000000B0000000
[CC4h 3268   2]         Segment Group Number : 0000
[CC6h 3270   1]             Start Bus Number : 00
[CC7h 3271   1]               End Bus Number : FF
[CC8h 3272   4]                     Reserved : 00000000

[CCCh 3276   8]                 Base Address : 00000000B0000000
[CD4h 3284   2]         Segment Group Number : 0000
[CD6h 3286   1]             Start Bus Number : 00
[CD7h 3287   1]               End Bus Number : FF
[CD8h 3288   4]                     Reserved : 00000000

[CDCh 3292   8]                 Base Address : 00000000B0000000
[CE4h 3300   2]         Segment Group Number : 0000
[CE6h 3302   1]             Start Bus Number : 00
[CE7h 3303   1]               End Bus Number : FF
[CE8h 3304   4]                     Reserved : 00000000

[CECh 3308   8]                 Base Address : 00000000B0000000
[CF4h 3316   2]         Segment Group Number : 0000
[CF6h 3318   1]             Start Bus Number : 00
[CF7h 3319   1]               End Bus Number : FF
[CF8h 3320   4]                     Reserved : 00000000

[CFCh 3324   8]                 Base Address : 00000000B0000000
[D04h 3332   2]         Segment Group Number : 0000
[D06h 3334   1]             Start Bus Number : 00
[D07h 3335   1]               End Bus Number : FF
[D08h 3336   4]                     Reserved : 00000000

[D0Ch 3340   8]                 Base Address : 00000000B0000000
[D14h 3348   2]         Segment Group Number : 0000
[D16h 3350   1]             Start Bus Number : 00
[D17h 3351   1]               End Bus Number : FF
[D18h 3352   4]                     Reserved : 00000000

[D1Ch 3356   8]                 Base Address : 00000000B0000000
[D24h 3364   2]         Segment Group Number : 0000
[D26h 3366   1]             Start Bus Number : 00
[D27h 3367   1]               End Bus Number : FF
[D28h 3368   4]                     Reserved : 00000000

[D2Ch 3372   8]                 Base Address : 00000000B0000000
[D34h 3380   2]         Segment Group Number : 0000
[D36h 3382   1]             Start Bus Number : 00
[D37h 3383   1]               End Bus Number : FF
[D38h 3384   4]                     Reserved : 00000000

[D3Ch 3388   8]                 Base Address : 00000000B0000000
[D44h 3396   2]         Segment Group Number : 0000
[D46h 3398   1]             Start Bus Number : 00
[D47h 3399   1]               End Bus Number : FF
[D48h 3400   4]                     Reserved : 00000000

[D4Ch 3404   8]                 Base Address : 00000000B0000000
[D54h 3412   2]         Segment Group Number : 0000
[D56h 3414   1]             Start Bus Number : 00
[D57h 3415   1]               End Bus Number : FF
[D58h 3416   4]                     Reserved : 00000000

[D5Ch 3420   8]                 Base Address : 00000000B0000000
[D64h 3428   2]         Segment Group Number : 0000
[D66h 3430   1]             Start Bus Number : 00
[D67h 3431   1]               End Bus Number : FF
[D68h 3432   4]                     Reserved : 00000000

[D6Ch 3436   8]                 Base Address : 00000000B0000000
[D74h 3444   2]         Segment Group Number : 0000
[D76h 3446   1]             Start Bus Number : 00
[D77h 3447   1]               End Bus Number : FF
[D78h 3448   4]                     Reserved : 00000000

[D7Ch 3452   8]                 Base Address : 00000000B0000000
[D84h 3460   2]         Segment Group Number : 0000
[D86h 3462   1]             Start Bus Number : 00
[D87h 3463   1]               End Bus Number : FF
[D88h 3464   4]                     Reserved : 00000000

[D8Ch 3468   8]                 Base Address : 00000000B0000000
[D94h 3476   2]         Segment Group Number : 0000
[D96h 3478   1]             Start Bus Number : 00
[D97h 3479   1]               End Bus Number : FF
[D98h 3480   4]                     Reserved : 00000000

[D9Ch 3484   8]                 Base Address : 00000000B0000000
[DA4h 3492   2]         Segment Group Number : 0000
[DA6h 3494   1]             Start Bus Number : 00
[DA7h 3495   1]               End Bus Number : FF
[DA8h 3496   4]                     Reserved : 00000000

[DACh 3500   8]                 Base Address : 00000000B0000000
[DB4h 3508   2]         Segment Group Number : 0000
[DB6h 3510   1]             Start Bus Number : 00
[DB7h 3511   1]               End Bus Number : FF
[DB8h 3512   4]                     Reserved : 00000000

[DBCh 3516   8]                 Base Address : 00000000B0000000
[DC4h 3524   2]         Segment Group Number : 0000
[DC6h 3526   1]             Start Bus Number : 00
[DC7h 3527   1]               End Bus Number : FF
[DC8h 3528   4]                     Reserved : 00000000

[DCCh 3532   8]                 Base Address : 00000000B0000000
[DD4h 3540   2]         Segment Group Number : 0000
[DD6h 3542   1]             Start Bus Number : 00
[DD7h 3543   1]               End Bus Number : FF
[DD8h 3544   4]                     Reserved : 00000000

[DDCh 3548   8]                 Base Address : 00000000B0000000
[DE4h 3556   2]         Segment Group Number : 0000
[DE6h 3558   1]             Start Bus Number : 00
[DE7h 3559   1]               End Bus Number : FF
[DE8h 3560   4]                     Reserved : 00000000

[DECh 3564   8]                 Base Address : 00000000B0000000
[DF4h 3572   2]         Segment Group Number : 0000
[DF6h 3574   1]             Start Bus Number : 00
[DF7h 3575   1]               End Bus Number : FF
[DF8h 3576   4]                     Reserved : 00000000

[DFCh 3580   8]                 Base Address : 00000000B0000000
[E04h 3588   2]         Segment Group Number : 0000
[E06h 3590   1]             Start Bus Number : 00
[E07h 3591   1]               End Bus Number : FF
[E08h 3592   4]                     Reserved : 00000000

[E0Ch 3596   8]                 Base Address : 00000000B0000000
[E14h 3604   2]         Segment Group Number : 0000
[E16h 3606   1]             Start Bus Number : 00
[E17h 3607   1]               End Bus Number : FF
[E18h 3608   4]                     Reserved : 00000000

[E1Ch 3612   8]                 Base Address : 00000000B0000000
[E24h 3620   2]         Segment Group Number : 0000
[E26h 3622   1]             Start Bus Number : 00
[E27h 3623   1]               End Bus Number : FF
[E28h 3624   4]                     Reserved : 00000000

[E2Ch 3628   8]                 Base Address : 00000000B0000000
[E34h 3636   2]         Segment Group Number : 0000
[E36h 3638   1]             Start Bus Number : 00
[E37h 3639   1]               End Bus Number : FF
[E38h 3640   4]                     Reserved : 00000000

[E3Ch 3644   8]                 Base Address : 00000000B0000000
[E44h 3652   2]         Segment Group Number : 0000
[E46h 3654   1]             Start Bus Number : 00
[E47h 3655   1]               End Bus Number : FF
[E48h 3656   4]                     Reserved : 00000000

[E4Ch 3660   8]                 Base Address : 00000000B0000000
[E54h 3668   2]         Segment Group Number : 0000
[E56h 3670   1]             Start Bus Number : 00
[E57h 3671   1]               End Bus Number : FF
[E58h 3672   4]                     Reserved : 00000000

[E5Ch 3676   8]                 Base Address : 00000000B0000000
[E64h 3684   2]         Segment Group Number : 0000
[E66h 3686   1]             Start Bus Number : 00
[E67h 3687   1]               End Bus Number : FF
[E68h 3688   4]                     Reserved : 00000000

[E6Ch 3692   8]                 Base Address : 00000000B0000000
[E74h 3700   2]         Segment Group Number : 0000
[E76h 3702   1]             Start Bus Number : 00
[E77h 3703   1]               End Bus Number : FF
[E78h 3704   4]                     Reserved : 00000000

[E7Ch 3708   8]                 Base Address : 00000000B0000000
[E84h 3716   2]         Segment Group Number : 0000
[E86h 3718   1]             Start Bus Number : 00
[E87h 3719   1]               End Bus Number : FF
[E88h 3720   4]                     Reserved : 00000000

[E8Ch 3724   8]                 Base Address : 00000000B0000000
[E94h 3732   2]         Segment Group Number : 0000
[E96h 3734   1]             Start Bus Number : 00
[E97h 3735   1]               End Bus Number : FF
[E98h 3736   4]                     Reserved : 00000000

[E9Ch 3740   8]                 Base Address : 00000000B0000000
[EA4h 3748   2]         Segment Group Number : 0000
[EA6h 3750   1]             Start Bus Number : 00
[EA7h 3751   1]               End Bus Number : FF
[EA8h 3752   4]                     Reserved : 00000000

[EACh 3756   8]                 Base Address : 00000000B0000000
[EB4h 3764   2]         Segment Group Number : 0000
[EB6h 3766   1]             Start Bus Number : 00
[EB7h 3767   1]               End Bus Number : FF
[EB8h 3768   4]                     Reserved : 00000000

[EBCh 3772   8]                 Base Address : 00000000B0000000
[EC4h 3780   2]         Segment Group Number : 0000
[EC6h 3782   1]             Start Bus Number : 00
[EC7h 3783   1]               End Bus Number : FF
[EC8h 3784   4]                     Reserved : 00000000

[ECCh 3788   8]                 Base Address : 00000000B0000000
[ED4h 3796   2]         Segment Group Number : 0000
[ED6h 3798   1]             Start Bus Number : 00
[ED7h 3799   1]               End Bus Number : FF
[ED8h 3800   4]                     Reserved : 00000000

[EDCh 3804   8]                 Base Address : 00000000B0000000
[EE4h 3812   2]         Segment Group Number : 0000
[EE6h 3814   1]             Start Bus Number : 00
[EE7h 3815   1]               End Bus Number : FF
[EE8h 3816   4]                     Reserved : 00000000

[EECh 3820   8]                 Base Address : 00000000B0000000
[EF4h 3828   2]         Segment Group Number : 0000
[EF6h 3830   1]             Start Bus Number : 00
[EF7h 3831   1]               End Bus Number : FF
[EF8h 3832   4]                     Reserved : 00000000

[EFCh 3836   8]                 Base Address : 00000000B0000000
[F04h 3844   2]         Segment Group Number : 0000
[F06h 3846   1]             Start Bus Number : 00
[F07h 3847   1]               End Bus Number : FF
[F08h 3848   4]                     Reserved : 00000000

[F0Ch 3852   8]                 Base Address : 00000000B0000000
[F14h 3860   2]         Segment Group Number : 0000
[F16h 3862   1]             Start Bus Number : 00
[F17h 3863   1]               End Bus Number : FF
[F18h 3864   4]                     Reserved : 00000000

[F1Ch 3868   8]                 Base Address : 00000000B0000000
[F24h 3876   2]         Segment Group Number : 0000
[F26h 3878   1]             Start Bus Number : 00
[F27h 3879   1]               End Bus Number : FF
[F28h 3880   4]                     Reserved : 00000000

[F2Ch 3884   8]                 Base Address : 00000000B0000000
[F34h 3892   2]         Segment Group Number : 0000
[F36h 3894   1]             Start Bus Number : 00
[F37h 3895   1]               End Bus Number : FF
[F38h 3896   4]                     Reserved : 00000000

[F3Ch 3900   8]                 Base Address : 00000000B0000000
[F44h 3908   2]         Segment Group Number : 0000
[F46h 3910   1]             Start Bus Number : 00
[F47h 3911   1]               End Bus Number : FF
[F48h 3912   4]                     Reserved : 00000000

[F4Ch 3916   8]                 Base Address : 00000000B0000000
[F54h 3924   2]         Segment Group Number : 0000
[F56h 3926   1]             Start Bus Number : 00
[F57h 3927   1]               End Bus Number : FF
[F58h 3928   4]                     Reserved : 00000000

[F5Ch 3932   8]                 Base Address : 00000000B0000000
[F64h 3940   2]         Segment Group Number : 0000
[F66h 3942   1]             Start Bus Number : 00
[F67h 3943   1]               End Bus Number : FF
[F68h 3944   4]                     Reserved : 00000000

[F6Ch 3948   8]                 Base Address : 00000000B0000000
[F74h 3956   2]         Segment Group Number : 0000
[F76h 3958   1]             Start Bus Number : 00
[F77h 3959   1]               End Bus Number : FF
[F78h 3960   4]                     Reserved : 00000000

[F7Ch 3964   8]                 Base Address : 00000000B0000000
[F84h 3972   2]         Segment Group Number : 0000
[F86h 3974   1]             Start Bus Number : 00
[F87h 3975   1]               End Bus Number : FF
[F88h 3976   4]                     Reserved : 00000000

[F8Ch 3980   8]                 Base Address : 00000000B0000000
[F94h 3988   2]         Segment Group Number : 0000
[F96h 3990   1]             Start Bus Number : 00
[F97h 3991   1]               End Bus Number : FF
[F98h 3992   4]                     Reserved : 00000000

[F9Ch 3996   8]                 Base Address : 00000000B0000000
[FA4h 4004   2]         Segment Group Number : 0000
[FA6h 4006   1]             Start Bus Number : 00
[FA7h 4007   1]               End Bus Number : FF
[FA8h 4008   4]                     Reserved : 00000000

[FACh 4012   8]                 Base Address : 00000000B0000000
[FB4h 4020   2]         Segment Group Number : 0000
[FB6h 4022   1]             Start Bus Number : 00
[FB7h 4023   1]               End Bus Number : FF
[FB8h 4024   4]                     Reserved : 00000000

[FBCh 4028   8]                 Base Address : 00000000B0000000
[FC4h 4036   2]         Segment Group Number : 0000
[FC6h 4038   1]             Start Bus Number : 00
[FC7h 4039   1]               End Bus Number : FF
[FC8h 4040   4]                     Reserved : 00000000

[FCCh 4044   8]                 Base Address : 00000000B0000000
[FD4h 4052   2]         Segment Group Number : 0000
[FD6h 4054   1]             Start Bus Number : 00
[FD7h 4055   1]               End Bus Number : FF
[FD8h 4056   4]                     Reserved : 00000000

[FDCh 4060   8]                 Base Address : 00000000B0000000
[FE4h 4068   2]         Segment Group Number : 0000
[FE6h 4070   1]             Start Bus Number : 00
[FE7h 4071   1]               End Bus Number : FF
[FE8h 4072   4]                     Reserved : 00000000

[FECh 4076   8]                 Base Address : 00000000B0000000
[FF4h 4084   2]         Segment Group Number : 0000
[FF6h 4086   1]             Start Bus Number : 00
[FF7h 4087   1]               End Bus Number : FF
[FF8h 4088   4]                     Reserved : 00000000

[FFCh 4092   8]                 Base Address : 00000000B0000000
[1004h 4100   2]         Segment Group Number : 0000
[1006h 4102   1]             Start Bus Number : 00
[1007h 4103   1]               End Bus Number : FF
[1008h 4104   4]                     Reserved : 00000000

[100Ch 4108   8]                 Base Address : 00000000B0000000
[1014h 4116   2]         Segment Group Number : 0000
[1016h 4118   1]             Start Bus Number : 00
[1017h 4119   1]               End Bus Number : FF
[1018h 4120   4]                     Reserved : 00000000

[101Ch 4124   8]                 Base Address : 00000000B0000000
[1024h 4132   2]         Segment Group Number : 0000
[1026h 4134   1]             Start Bus Number : 00
[1027h 4135   1]               End Bus Number : FF
[1028h 4136   4]                     Reserved : 00000000

[102Ch 4140   8]                 Base Address : 00000000B0000000
[1034h 4148   2]         Segment Group Number : 0000
[1036h 4150   1]             Start Bus Number : 00
[1037h 4151   1]               End Bus Number : FF
[1038h 4152   4]                     Reserved : 00000000

[103Ch 4156   8]                 Base Address : 00000000B0000000
[1044h 4164   2]         Segment Group Number : 0000
[1046h 4166   1]             Start Bus Number : 00
[1047h 4167   1]               End Bus Number : FF
[1048h 4168   4]                     Reserved : 00000000

[104Ch 4172   8]                 Base Address : 00000000B0000000
[1054h 4180   2]         Segment Group Number : 0000
[1056h 4182   1]             Start Bus Number : 00
[1057h 4183   1]               End Bus Number : FF
[1058h 4184   4]                     Reserved : 00000000

[105Ch 4188   8]                 Base Address : 00000000B0000000
[1064h 4196   2]         Segment Group Number : 0000
[1066h 4198   1]             Start Bus Number : 00
[1067h 4199   1]               End Bus Number : FF
[1068h 4200   4]                     Reserved : 00000000

[106Ch 4204   8]                 Base Address : 00000000B0000000
[1074h 4212   2]         Segment Group Number : 0000
[1076h 4214   1]             Start Bus Number : 00
[1077h 4215   1]               End Bus Number : FF
[1078h 4216   4]                     Reserved : 00000000

[107Ch 4220   8]                 Base Address : 00000000B0000000
[1084h 4228   2]         Segment Group Number : 0000
[1086h 4230   1]             Start Bus Number : 00
[1087h 4231   1]               End Bus Number : FF
[1088h 4232   4]                     Reserved : 00000000

[108Ch 4236   8]                 Base Address : 00000000B0000000
[1094h 4244   2]         Segment Group Number : 0000
[1096h 4246   1]             Start Bus Number : 00
[1097h 4247   1]               End Bus Number : FF
[1098h 4248   4]                     Reserved : 00000000

[109Ch 4252   8]                 Base Address : 00000000B0000000
[10A4h 4260   2]         Segment Group Number : 0000
[10A6h 4262   1]             Start Bus Number : 00
[10A7h 4263   1]               End Bus Number : FF
[10A8h 4264   4]                     Reserved : 00000000

[10ACh 4268   8]                 Base Address : 00000000B0000000
[10B4h 4276   2]         Segment Group Number : 0000
[10B6h 4278   1]             Start Bus Number : 00
[10B7h 4279   1]               End Bus Number : FF
[10B8h 4280   4]                     Reserved : 00000000

[10BCh 4284   8]                 Base Address : 00000000B0000000
[10C4h 4292   2]         Segment Group Number : 0000
[10C6h 4294   1]             Start Bus Number : 00
[10C7h 4295   1]               End Bus Number : FF
[10C8h 4296   4]                     Reserved : 00000000

[10CCh 4300   8]                 Base Address : 00000000B0000000
[10D4h 4308   2]         Segment Group Number : 0000
[10D6h 4310   1]             Start Bus Number : 00
[10D7h 4311   1]               End Bus Number : FF
[10D8h 4312   4]                     Reserved : 00000000

[10DCh 4316   8]                 Base Address : 00000000B0000000
[10E4h 4324   2]         Segment Group Number : 0000
[10E6h 4326   1]             Start Bus Number : 00
[10E7h 4327   1]               End Bus Number : FF
[10E8h 4328   4]                     Reserved : 00000000

[10ECh 4332   8]                 Base Address : 00000000B0000000
[10F4h 4340   2]         Segment Group Number : 0000
[10F6h 4342   1]             Start Bus Number : 00
[10F7h 4343   1]               End Bus Number : FF
[10F8h 4344   4]                     Reserved : 00000000

[10FCh 4348   8]                 Base Address : 00000000B0000000
[1104h 4356   2]         Segment Group Number : 0000
[1106h 4358   1]             Start Bus Number : 00
[1107h 4359   1]               End Bus Number : FF
[1108h 4360   4]                     Reserved : 00000000

[110Ch 4364   8]                 Base Address : 00000000B0000000
[1114h 4372   2]         Segment Group Number : 0000
[1116h 4374   1]             Start Bus Number : 00
[1117h 4375   1]               End Bus Number : FF
[1118h 4376   4]                     Reserved : 00000000

[111Ch 4380   8]                 Base Address : 00000000B0000000
[1124h 4388   2]         Segment Group Number : 0000
[1126h 4390   1]             Start Bus Number : 00
[1127h 4391   1]               End Bus Number : FF
[1128h 4392   4]                     Reserved : 00000000

[112Ch 4396   8]                 Base Address : 00000000B0000000
[1134h 4404   2]         Segment Group Number : 0000
[1136h 4406   1]             Start Bus Number : 00
[1137h 4407   1]               End Bus Number : FF
[1138h 4408   4]                     Reserved : 00000000

[113Ch 4412   8]                 Base Address : 00000000B0000000
[1144h 4420   2]         Segment Group Number : 0000
[1146h 4422   1]             Start Bus Number : 00
[1147h 4423   1]               End Bus Number : FF
[1148h 4424   4]                     Reserved : 00000000

[114Ch 4428   8]                 Base Address : 00000000B0000000
[1154h 4436   2]         Segment Group Number : 0000
[1156h 4438   1]             Start Bus Number : 00
[1157h 4439   1]               End Bus Number : FF
[1158h 4440   4]                     Reserved : 00000000

[115Ch 4444   8]                 Base Address : 00000000B0000000
[1164h 4452   2]         Segment Group Number : 0000
[1166h 4454   1]             Start Bus Number : 00
[1167h 4455   1]               End Bus Number : FF
[1168h 4456   4]                     Reserved : 00000000

[116Ch 4460   8]                 Base Address : 00000000B0000000
[1174h 4468   2]         Segment Group Number : 0000
[1176h 4470   1]             Start Bus Number : 00
[1177h 4471   1]               End Bus Number : FF
[1178h 4472   4]                     Reserved : 00000000

[117Ch 4476   8]                 Base Address : 00000000B0000000
[1184h 4484   2]         Segment Group Number : 0000
[1186h 4486   1]             Start Bus Number : 00
[1187h 4487   1]               End Bus Number : FF
[1188h 4488   4]                     Reserved : 00000000

[118Ch 4492   8]                 Base Address : 00000000B0000000
[1194h 4500   2]         Segment Group Number : 0000
[1196h 4502   1]             Start Bus Number : 00
[1197h 4503   1]               End Bus Number : FF
[1198h 4504   4]                     Reserved : 00000000

[119Ch 4508   8]                 Base Address : 00000000B0000000
[11A4h 4516   2]         Segment Group Number : 0000
[11A6h 4518   1]             Start Bus Number : 00
[11A7h 4519   1]               End Bus Number : FF
[11A8h 4520   4]                     Reserved : 00000000

[11ACh 4524   8]                 Base Address : 00000000B0000000
[11B4h 4532   2]         Segment Group Number : 0000
[11B6h 4534   1]             Start Bus Number : 00
[11B7h 4535   1]               End Bus Number : FF
[11B8h 4536   4]                     Reserved : 00000000

[11BCh 4540   8]                 Base Address : 00000000B0000000
[11C4h 4548   2]         Segment Group Number : 0000
[11C6h 4550   1]             Start Bus Number : 00
[11C7h 4551   1]               End Bus Number : FF
[11C8h 4552   4]                     Reserved : 00000000

[11CCh 4556   8]                 Base Address : 00000000B0000000
[11D4h 4564   2]         Segment Group Number : 0000
[11D6h 4566   1]             Start Bus Number : 00
[11D7h 4567   1]               End Bus Number : FF
[11D8h 4568   4]                     Reserved : 00000000

[11DCh 4572   8]                 Base Address : 00000000B0000000
[11E4h 4580   2]         Segment Group Number : 0000
[11E6h 4582   1]             Start Bus Number : 00
[11E7h 4583   1]               End Bus Number : FF
[11E8h 4584   4]                     Reserved : 00000000

[11ECh 4588   8]                 Base Address : 00000000B0000000
[11F4h 4596   2]         Segment Group Number : 0000
[11F6h 4598   1]             Start Bus Number : 00
[11F7h 4599   1]               End Bus Number : FF
[11F8h 4600   4]                     Reserved : 00000000

[11FCh 4604   8]                 Base Address : 00000000B0000000
[1204h 4612   2]         Segment Group Number : 0000
[1206h 4614   1]             Start Bus Number : 00
[1207h 4615   1]               End Bus Number : FF
[1208h 4616   4]                     Reserved : 00000000

[120Ch 4620   8]                 Base Address : 00000000B0000000
[1214h 4628   2]         Segment Group Number : 0000
[1216h 4630   1]             Start Bus Number : 00
[1217h 4631   1]               End Bus Number : FF
[1218h 4632   4]                     Reserved : 00000000

[121Ch 4636   8]                 Base Address : 00000000B0000000
[1224h 4644   2]         Segment Group Number : 0000
[1226h 4646   1]             Start Bus Number : 00
[1227h 4647   1]               End Bus Number : FF
[1228h 4648   4]                     Reserved : 00000000

[122Ch 4652   8]                 Base Address : 00000000B0000000
[1234h 4660   2]         Segment Group Number : 0000
[1236h 4662   1]             Start Bus Number : 00
[1237h 4663   1]               End Bus Number : FF
[1238h 4664   4]                     Reserved : 00000000

[123Ch 4668   8]                 Base Address : 00000000B0000000
[1244h 4676   2]         Segment Group Number : 0000
[1246h 4678   1]             Start Bus Number : 00
[1247h 4679   1]               End Bus Number : FF
[1248h 4680   4]                     Reserved : 00000000

[124Ch 4684   8]                 Base Address : 00000000B0000000
[1254h 4692   2]         Segment Group Number : 0000
[1256h 4694   1]             Start Bus Number : 00
[1257h 4695   1]               End Bus Number : FF
[1258h 4696   4]                     Reserved : 00000000

[125Ch 4700   8]                 Base Address : 00000000B0000000
[1264h 4708   2]         Segment Group Number : 0000
[1266h 4710   1]             Start Bus Number : 00
[1267h 4711   1]               End Bus Number : FF
[1268h 4712   4]                     Reserved : 00000000

[126Ch 4716   8]                 Base Address : 00000000B0000000
[1274h 4724   2]         Segment Group Number : 0000
[1276h 4726   1]             Start Bus Number : 00
[1277h 4727   1]               End Bus Number : FF
[1278h 4728   4]                     Reserved : 00000000

[127Ch 4732   8]                 Base Address : 00000000B0000000
[1284h 4740   2]         Segment Group Number : 0000
[1286h 4742   1]             Start Bus Number : 00
[1287h 4743   1]               End Bus Number : FF
[1288h 4744   4]                     Reserved : 00000000

[128Ch 4748   8]                 Base Address : 00000000B0000000
[1294h 4756   2]         Segment Group Number : 0000
[1296h 4758   1]             Start Bus Number : 00
[1297h 4759   1]               End Bus Number : FF
[1298h 4760   4]                     Reserved : 00000000

[129Ch 4764   8]                 Base Address : 00000000B0000000
[12A4h 4772   2]         Segment Group Number : 0000
[12A6h 4774   1]             Start Bus Number : 00
[12A7h 4775   1]               End Bus Number : FF
[12A8h 4776   4]                     Reserved : 00000000

[12ACh 4780   8]                 Base Address : 00000000B0000000
[12B4h 4788   2]         Segment Group Number : 0000
[12B6h 4790   1]             Start Bus Number : 00
[12B7h 4791   1]               End Bus Number : FF
[12B8h 4792   4]                     Reserved : 00000000

[12BCh 4796   8]                 Base Address : 00000000B0000000
[12C4h 4804   2]         Segment Group Number : 0000
[12C6h 4806   1]             Start Bus Number : 00
[12C7h 4807   1]               End Bus Number : FF
[12C8h 4808   4]                     Reserved : 00000000

[12CCh 4812   8]                 Base Address : 00000000B0000000
[12D4h 4820   2]         Segment Group Number : 0000
[12D6h 4822   1]             Start Bus Number : 00
[12D7h 4823   1]               End Bus Number : FF
[12D8h 4824   4]                     Reserved : 00000000

[12DCh 4828   8]                 Base Address : 00000000B0000000
[12E4h 4836   2]         Segment Group Number : 0000
[12E6h 4838   1]             Start Bus Number : 00
[12E7h 4839   1]               End Bus Number : FF
[12E8h 4840   4]                     Reserved : 00000000

[12ECh 4844   8]                 Base Address : 00000000B0000000
[12F4h 4852   2]         Segment Group Number : 0000
[12F6h 4854   1]             Start Bus Number : 00
[12F7h 4855   1]               End Bus Number : FF
[12F8h 4856   4]                     Reserved : 00000000

[12FCh 4860   8]                 Base Address : 00000000B0000000
[1304h 4868   2]         Segment Group Number : 0000
[1306h 4870   1]             Start Bus Number : 00
[1307h 4871   1]               End Bus Number : FF
[1308h 4872   4]                     Reserved : 00000000

[130Ch 4876   8]                 Base Address : 00000000B0000000
[1314h 4884   2]         Segment Group Number : 0000
[1316h 4886   1]             Start Bus Number : 00
[1317h 4887   1]               End Bus Number : FF
[1318h 4888   4]                     Reserved : 00000000

[131Ch 4892   8]                 Base Address : 00000000B0000000
[1324h 4900   2]         Segment Group Number : 0000
[1326h 4902   1]             Start Bus Number : 00
[1327h 4903   1]               End Bus Number : FF
[1328h 4904   4]                     Reserved : 00000000

[132Ch 4908   8]                 Base Address : 00000000B0000000
[1334h 4916   2]         Segment Group Number : 0000
[1336h 4918   1]             Start Bus Number : 00
[1337h 4919   1]               End Bus Number : FF
[1338h 4920   4]                     Reserved : 00000000

[133Ch 4924   8]                 Base Address : 00000000B0000000
[1344h 4932   2]         Segment Group Number : 0000
[1346h 4934   1]             Start Bus Number : 00
[1347h 4935   1]               End Bus Number : FF
[1348h 4936   4]                     Reserved : 00000000

[134Ch 4940   8]                 Base Address : 00000000B0000000
[1354h 4948   2]         Segment Group Number : 0000
[1356h 4950   1]             Start Bus Number : 00
[1357h 4951   1]               End Bus Number : FF
[1358h 4952   4]                     Reserved : 00000000

[135Ch 4956   8]                 Base Address : 00000000B0000000
[1364h 4964   2]         Segment Group Number : 0000
[1366h 4966   1]             Start Bus Number : 00
[1367h 4967   1]               End Bus Number : FF
[1368h 4968   4]                     Reserved : 00000000

[136Ch 4972   8]                 Base Address : 00000000B0000000
[1374h 4980   2]         Segment Group Number : 0000
[1376h 4982   1]             Start Bus Number : 00
[1377h 4983   1]               End Bus Number : FF
[1378h 4984   4]                     Reserved : 00000000

[137Ch 4988   8]                 Base Address : 00000000B0000000
[1384h 4996   2]         Segment Group Number : 0000
[1386h 4998   1]             Start Bus Number : 00
[1387h 4999   1]               End Bus Number : FF
[1388h 5000   4]                     Reserved : 00000000

[138Ch 5004   8]                 Base Address : 00000000B0000000
[1394h 5012   2]         Segment Group Number : 0000
[1396h 5014   1]             Start Bus Number : 00
[1397h 5015   1]               End Bus Number : FF
[1398h 5016   4]                     Reserved : 00000000

[139Ch 5020   8]                 Base Address : 00000000B0000000
[13A4h 5028   2]         Segment Group Number : 0000
[13A6h 5030   1]             Start Bus Number : 00
[13A7h 5031   1]               End Bus Number : FF
[13A8h 5032   4]                     Reserved : 00000000

[13ACh 5036   8]                 Base Address : 00000000B0000000
[13B4h 5044   2]         Segment Group Number : 0000
[13B6h 5046   1]             Start Bus Number : 00
[13B7h 5047   1]               End Bus Number : FF
[13B8h 5048   4]                     Reserved : 00000000

[13BCh 5052   8]                 Base Address : 00000000B0000000
[13C4h 5060   2]         Segment Group Number : 0000
[13C6h 5062   1]             Start Bus Number : 00
[13C7h 5063   1]               End Bus Number : FF
[13C8h 5064   4]                     Reserved : 00000000

[13CCh 5068   8]                 Base Address : 00000000B0000000
[13D4h 5076   2]         Segment Group Number : 0000
[13D6h 5078   1]             Start Bus Number : 00
[13D7h 5079   1]               End Bus Number : FF
[13D8h 5080   4]                     Reserved : 00000000

[13DCh 5084   8]                 Base Address : 00000000B0000000
[13E4h 5092   2]         Segment Group Number : 0000
[13E6h 5094   1]             Start Bus Number : 00
[13E7h 5095   1]               End Bus Number : FF
[13E8h 5096   4]                     Reserved : 00000000

[13ECh 5100   8]                 Base Address : 00000000B0000000
[13F4h 5108   2]         Segment Group Number : 0000
[13F6h 5110   1]             Start Bus Number : 00
[13F7h 5111   1]               End Bus Number : FF
[13F8h 5112   4]                     Reserved : 00000000

[13FCh 5116   8]                 Base Address : 00000000B0000000
[1404h 5124   2]         Segment Group Number : 0000
[1406h 5126   1]             Start Bus Number : 00
[1407h 5127   1]               End Bus Number : FF
[1408h 5128   4]                     Reserved : 00000000

[140Ch 5132   8]                 Base Address : 00000000B0000000
[1414h 5140   2]         Segment Group Number : 0000
[1416h 5142   1]             Start Bus Number : 00
[1417h 5143   1]               End Bus Number : FF
[1418h 5144   4]                     Reserved : 00000000

[141Ch 5148   8]                 Base Address : 00000000B0000000
[1424h 5156   2]         Segment Group Number : 0000
[1426h 5158   1]             Start Bus Number : 00
[1427h 5159   1]               End Bus Number : FF
[1428h 5160   4]                     Reserved : 00000000

[142Ch 5164   8]                 Base Address : 00000000B0000000
[1434h 5172   2]         Segment Group Number : 0000
[1436h 5174   1]             Start Bus Number : 00
[1437h 5175   1]               End Bus Number : FF
[1438h 5176   4]                     Reserved : 00000000

[143Ch 5180   8]                 Base Address : 00000000B0000000
[1444h 5188   2]         Segment Group Number : 0000
[1446h 5190   1]             Start Bus Number : 00
[1447h 5191   1]               End Bus Number : FF
[1448h 5192   4]                     Reserved : 00000000

[144Ch 5196   8]                 Base Address : 00000000B0000000
[1454h 5204   2]         Segment Group Number : 0000
[1456h 5206   1]             Start Bus Number : 00
[1457h 5207   1]               End Bus Number : FF
[1458h 5208   4]                     Reserved : 00000000

[145Ch 5212   8]                 Base Address : 00000000B0000000
[1464h 5220   2]         Segment Group Number : 0000
[1466h 5222   1]             Start Bus Number : 00
[1467h 5223   1]               End Bus Number : FF
[1468h 5224   4]                     Reserved : 00000000

[146Ch 5228   8]                 Base Address : 00000000B0000000
[1474h 5236   2]         Segment Group Number : 0000
[1476h 5238   1]             Start Bus Number : 00
[1477h 5239   1]               End Bus Number : FF
[1478h 5240   4]                     Reserved : 00000000

[147Ch 5244   8]                 Base Address : 00000000B0000000
[1484h 5252   2]         Segment Group Number : 0000
[1486h 5254   1]             Start Bus Number : 00
[1487h 5255   1]               End Bus Number : FF
[1488h 5256   4]                     Reserved : 00000000

[148Ch 5260   8]                 Base Address : 00000000B0000000
[1494h 5268   2]         Segment Group Number : 0000
[1496h 5270   1]             Start Bus Number : 00
[1497h 5271   1]               End Bus Number : FF
[1498h 5272   4]                     Reserved : 00000000

[149Ch 5276   8]                 Base Address : 00000000B0000000
[14A4h 5284   2]         Segment Group Number : 0000
[14A6h 5286   1]             Start Bus Number : 00
[14A7h 5287   1]               End Bus Number : FF
[14A8h 5288   4]                     Reserved : 00000000

[14ACh 5292   8]                 Base Address : 00000000B0000000
[14B4h 5300   2]         Segment Group Number : 0000
[14B6h 5302   1]             Start Bus Number : 00
[14B7h 5303   1]               End Bus Number : FF
[14B8h 5304   4]                     Reserved : 00000000

[14BCh 5308   8]                 Base Address : 00000000B0000000
[14C4h 5316   2]         Segment Group Number : 0000
[14C6h 5318   1]             Start Bus Number : 00
[14C7h 5319   1]               End Bus Number : FF
[14C8h 5320   4]                     Reserved : 00000000

[14CCh 5324   8]                 Base Address : 00000000B0000000
[14D4h 5332   2]         Segment Group Number : 0000
[14D6h 5334   1]             Start Bus Number : 00
[14D7h 5335   1]               End Bus Number : FF
[14D8h 5336   4]                     Reserved : 00000000

[14DCh 5340   8]                 Base Address : 00000000B0000000
[14E4h 5348   2]         Segment Group Number : 0000
[14E6h 5350   1]             Start Bus Number : 00
[14E7h 5351   1]               End Bus Number : FF
[14E8h 5352   4]                     Reserved : 00000000

[14ECh 5356   8]                 Base Address : 00000000B0000000
[14F4h 5364   2]         Segment Group Number : 0000
[14F6h 5366   1]             Start Bus Number : 00
[14F7h 5367   1]               End Bus Number : FF
[14F8h 5368   4]                     Reserved : 00000000

[14FCh 5372   8]                 Base Address : 00000000B0000000
[1504h 5380   2]         Segment Group Number : 0000
[1506h 5382   1]             Start Bus Number : 00
[1507h 5383   1]               End Bus Number : FF
[1508h 5384   4]                     Reserved : 00000000

[150Ch 5388   8]                 Base Address : 00000000B0000000
[1514h 5396   2]         Segment Group Number : 0000
[1516h 5398   1]             Start Bus Number : 00
[1517h 5399   1]               End Bus Number : FF
[1518h 5400   4]                     Reserved : 00000000

[151Ch 5404   8]                 Base Address : 00000000B0000000
[1524h 5412   2]         Segment Group Number : 0000
[1526h 5414   1]             Start Bus Number : 00
[1527h 5415   1]               End Bus Number : FF
[1528h 5416   4]                     Reserved : 00000000

[152Ch 5420   8]                 Base Address : 00000000B0000000
[1534h 5428   2]         Segment Group Number : 0000
[1536h 5430   1]             Start Bus Number : 00
[1537h 5431   1]               End Bus Number : FF
[1538h 5432   4]                     Reserved : 00000000

[153Ch 5436   8]                 Base Address : 00000000B0000000
[1544h 5444   2]         Segment Group Number : 0000
[1546h 5446   1]             Start Bus Number : 00
[1547h 5447   1]               End Bus Number : FF
[1548h 5448   4]                     Reserved : 00000000

[154Ch 5452   8]                 Base Address : 00000000B0000000
[1554h 5460   2]         Segment Group Number : 0000
[1556h 5462   1]             Start Bus Number : 00
[1557h 5463   1]               End Bus Number : FF
[1558h 5464   4]                     Reserved : 00000000

[155Ch 5468   8]                 Base Address : 00000000B0000000
[1564h 5476   2]         Segment Group Number : 0000
[1566h 5478   1]             Start Bus Number : 00
[1567h 5479   1]               End Bus Number : FF
[1568h 5480   4]                     Reserved : 00000000

[156Ch 5484   8]                 Base Address : 00000000B0000000
[1574h 5492   2]         Segment Group Number : 0000
[1576h 5494   1]             Start Bus Number : 00
[1577h 5495   1]               End Bus Number : FF
[1578h 5496   4]                     Reserved : 00000000

[157Ch 5500   8]                 Base Address : 00000000B0000000
[1584h 5508   2]         Segment Group Number : 0000
[1586h 5510   1]             Start Bus Number : 00
[1587h 5511   1]               End Bus Number : FF
[1588h 5512   4]                     Reserved : 00000000

[158Ch 5516   8]                 Base Address : 00000000B0000000
[1594h 5524   2]         Segment Group Number : 0000
[1596h 5526   1]             Start Bus Number : 00
[1597h 5527   1]               End Bus Number : FF
[1598h 5528   4]                     Reserved : 00000000

[159Ch 5532   8]                 Base Address : 00000000B0000000
[15A4h 5540   2]         Segment Group Number : 0000
[15A6h 5542   1]             Start Bus Number : 00
[15A7h 5543   1]               End Bus Number : FF
[15A8h 5544   4]                     Reserved : 00000000

[15ACh 5548   8]                 Base Address : 00000000B0000000
[15B4h 5556   2]         Segment Group Number : 0000
[15B6h 5558   1]             Start Bus Number : 00
[15B7h 5559   1]               End Bus Number : FF
[15B8h 5560   4]                     Reserved : 00000000

[15BCh 5564   8]                 Base Address : 00000000B0000000
[15C4h 5572   2]         Segment Group Number : 0000
[15C6h 5574   1]             Start Bus Number : 00
[15C7h 5575   1]               End Bus Number : FF
[15C8h 5576   4]                     Reserved : 00000000

[15CCh 5580   8]                 Base Address : 00000000B0000000
[15D4h 5588   2]         Segment Group Number : 0000
[15D6h 5590   1]             Start Bus Number : 00
[15D7h 5591   1]               End Bus Number : FF
[15D8h 5592   4]                     Reserved : 00000000

[15DCh 5596   8]                 Base Address : 00000000B0000000
[15E4h 5604   2]         Segment Group Number : 0000
[15E6h 5606   1]             Start Bus Number : 00
[15E7h 5607   1]               End Bus Number : FF
[15E8h 5608   4]                     Reserved : 00000000

[15ECh 5612   8]                 Base Address : 00000000B0000000
[15F4h 5620   2]         Segment Group Number : 0000
[15F6h 5622   1]             Start Bus Number : 00
[15F7h 5623   1]               End Bus Number : FF
[15F8h 5624   4]                     Reserved : 00000000

[15FCh 5628   8]                 Base Address : 00000000B0000000
[1604h 5636   2]         Segment Group Number : 0000
[1606h 5638   1]             Start Bus Number : 00
[1607h 5639   1]               End Bus Number : FF
[1608h 5640   4]                     Reserved : 00000000

[160Ch 5644   8]                 Base Address : 00000000B0000000
[1614h 5652   2]         Segment Group Number : 0000
[1616h 5654   1]             Start Bus Number : 00
[1617h 5655   1]               End Bus Number : FF
[1618h 5656   4]                     Reserved : 00000000

[161Ch 5660   8]                 Base Address : 00000000B0000000
[1624h 5668   2]         Segment Group Number : 0000
[1626h 5670   1]             Start Bus Number : 00
[1627h 5671   1]               End Bus Number : FF
[1628h 5672   4]                     Reserved : 00000000

[162Ch 5676   8]                 Base Address : 00000000B0000000
[1634h 5684   2]         Segment Group Number : 0000
[1636h 5686   1]             Start Bus Number : 00
[1637h 5687   1]               End Bus Number : FF
[1638h 5688   4]                     Reserved : 00000000

[163Ch 5692   8]                 Base Address : 00000000B0000000
[1644h 5700   2]         Segment Group Number : 0000
[1646h 5702   1]             Start Bus Number : 00
[1647h 5703   1]               End Bus Number : FF
[1648h 5704   4]                     Reserved : 00000000

[164Ch 5708   8]                 Base Address : 00000000B0000000
[1654h 5716   2]         Segment Group Number : 0000
[1656h 5718   1]             Start Bus Number : 00
[1657h 5719   1]               End Bus Number : FF
[1658h 5720   4]                     Reserved : 00000000

[165Ch 5724   8]                 Base Address : 00000000B0000000
[1664h 5732   2]         Segment Group Number : 0000
[1666h 5734   1]             Start Bus Number : 00
[1667h 5735   1]               End Bus Number : FF
[1668h 5736   4]                     Reserved : 00000000

[166Ch 5740   8]                 Base Address : 00000000B0000000
[1674h 5748   2]         Segment Group Number : 0000
[1676h 5750   1]             Start Bus Number : 00
[1677h 5751   1]               End Bus Number : FF
[1678h 5752   4]                     Reserved : 00000000

[167Ch 5756   8]                 Base Address : 00000000B0000000
[1684h 5764   2]         Segment Group Number : 0000
[1686h 5766   1]             Start Bus Number : 00
[1687h 5767   1]               End Bus Number : FF
[1688h 5768   4]                     Reserved : 00000000

[168Ch 5772   8]                 Base Address : 00000000B0000000
[1694h 5780   2]         Segment Group Number : 0000
[1696h 5782   1]             Start Bus Number : 00
[1697h 5783   1]               End Bus Number : FF
[1698h 5784   4]                     Reserved : 00000000

[169Ch 5788   8]                 Base Address : 00000000B0000000
[16A4h 5796   2]         Segment Group Number : 0000
[16A6h 5798   1]             Start Bus Number : 00
[16A7h 5799   1]               End Bus Number : FF
[16A8h 5800   4]                     Reserved : 00000000

[16ACh 5804   8]                 Base Address : 00000000B0000000
[16B4h 5812   2]         Segment Group Number : 0000
[16B6h 5814   1]             Start Bus Number : 00
[16B7h 5815   1]               End Bus Number : FF
[16B8h 5816   4]                     Reserved : 00000000

[16BCh 5820   8]                 Base Address : 00000000B0000000
[16C4h 5828   2]         Segment Group Number : 0000
[16C6h 5830   1]             Start Bus Number : 00
[16C7h 5831   1]               End Bus Number : FF
[16C8h 5832   4]                     Reserved : 00000000

[16CCh 5836   8]                 Base Address : 00000000B0000000
[16D4h 5844   2]         Segment Group Number : 0000
[16D6h 5846   1]             Start Bus Number : 00
[16D7h 5847   1]               End Bus Number : FF
[16D8h 5848   4]                     Reserved : 00000000

[16DCh 5852   8]                 Base Address : 00000000B0000000
[16E4h 5860   2]         Segment Group Number : 0000
[16E6h 5862   1]             Start Bus Number : 00
[16E7h 5863   1]               End Bus Number : FF
[16E8h 5864   4]                     Reserved : 00000000

[16ECh 5868   8]                 Base Address : 00000000B0000000
[16F4h 5876   2]         Segment Group Number : 0000
[16F6h 5878   1]             Start Bus Number : 00
[16F7h 5879   1]               End Bus Number : FF
[16F8h 5880   4]                     Reserved : 00000000

[16FCh 5884   8]                 Base Address : 00000000B0000000
[1704h 5892   2]         Segment Group Number : 0000
[1706h 5894   1]             Start Bus Number : 00
[1707h 5895   1]               End Bus Number : FF
[1708h 5896   4]                     Reserved : 00000000

[170Ch 5900   8]                 Base Address : 00000000B0000000
[1714h 5908   2]         Segment Group Number : 0000
[1716h 5910   1]             Start Bus Number : 00
[1717h 5911   1]               End Bus Number : FF
[1718h 5912   4]                     Reserved : 00000000

[171Ch 5916   8]                 Base Address : 00000000B0000000
[1724h 5924   2]         Segment Group Number : 0000
[1726h 5926   1]             Start Bus Number : 00
[1727h 5927   1]               End Bus Number : FF
[1728h 5928   4]                     Reserved : 00000000

[172Ch 5932   8]                 Base Address : 00000000B0000000
[1734h 5940   2]         Segment Group Number : 0000
[1736h 5942   1]             Start Bus Number : 00
[1737h 5943   1]               End Bus Number : FF
[1738h 5944   4]                     Reserved : 00000000

[173Ch 5948   8]                 Base Address : 00000000B0000000
[1744h 5956   2]         Segment Group Number : 0000
[1746h 5958   1]             Start Bus Number : 00
[1747h 5959   1]               End Bus Number : FF
[1748h 5960   4]                     Reserved : 00000000

[174Ch 5964   8]                 Base Address : 00000000B0000000
[1754h 5972   2]         Segment Group Number : 0000
[1756h 5974   1]             Start Bus Number : 00
[1757h 5975   1]               End Bus Number : FF
[1758h 5976   4]                     Reserved : 00000000

[175Ch 5980   8]                 Base Address : 00000000B0000000
[1764h 5988   2]         Segment Group Number : 0000
[1766h 5990   1]             Start Bus Number : 00
[1767h 5991   1]               End Bus Number : FF
[1768h 5992   4]                     Reserved : 00000000

[176Ch 5996   8]                 Base Address : 00000000B0000000
[1774h 6004   2]         Segment Group Number : 0000
[1776h 6006   1]             Start Bus Number : 00
[1777h 6007   1]               End Bus Number : FF
[1778h 6008   4]                     Reserved : 00000000

[177Ch 6012   8]                 Base Address : 00000000B0000000
[1784h 6020   2]         Segment Group Number : 0000
[1786h 6022   1]             Start Bus Number : 00
[1787h 6023   1]               End Bus Number : FF
[1788h 6024   4]                     Reserved : 00000000

[178Ch 6028   8]                 Base Address : 00000000B0000000
[1794h 6036   2]         Segment Group Number : 0000
[1796h 6038   1]             Start Bus Number : 00
[1797h 6039   1]               End Bus Number : FF
[1798h 6040   4]                     Reserved : 00000000

[179Ch 6044   8]                 Base Address : 00000000B0000000
[17A4h 6052   2]         Segment Group Number : 0000
[17A6h 6054   1]             Start Bus Number : 00
[17A7h 6055   1]               End Bus Number : FF
[17A8h 6056   4]                     Reserved : 00000000

[17ACh 6060   8]                 Base Address : 00000000B0000000
[17B4h 6068   2]         Segment Group Number : 0000
[17B6h 6070   1]             Start Bus Number : 00
[17B7h 6071   1]               End Bus Number : FF
[17B8h 6072   4]                     Reserved : 00000000

[17BCh 6076   8]                 Base Address : 00000000B0000000
[17C4h 6084   2]         Segment Group Number : 0000
[17C6h 6086   1]             Start Bus Number : 00
[17C7h 6087   1]               End Bus Number : FF
[17C8h 6088   4]                     Reserved : 00000000

[17CCh 6092   8]                 Base Address : 00000000B0000000
[17D4h 6100   2]         Segment Group Number : 0000
[17D6h 6102   1]             Start Bus Number : 00
[17D7h 6103   1]               End Bus Number : FF
[17D8h 6104   4]                     Reserved : 00000000

[17DCh 6108   8]                 Base Address : 00000000B0000000
[17E4h 6116   2]         Segment Group Number : 0000
[17E6h 6118   1]             Start Bus Number : 00
[17E7h 6119   1]               End Bus Number : FF
[17E8h 6120   4]                     Reserved : 00000000

[17ECh 6124   8]                 Base Address : 00000000B0000000
[17F4h 6132   2]         Segment Group Number : 0000
[17F6h 6134   1]             Start Bus Number : 00
[17F7h 6135   1]               End Bus Number : FF
[17F8h 6136   4]                     Reserved : 00000000

[17FCh 6140   8]                 Base Address : 00000000B0000000
[1804h 6148   2]         Segment Group Number : 0000
[1806h 6150   1]             Start Bus Number : 00
[1807h 6151   1]               End Bus Number : FF
[1808h 6152   4]                     Reserved : 00000000

[180Ch 6156   8]                 Base Address : 00000000B0000000
[1814h 6164   2]         Segment Group Number : 0000
[1816h 6166   1]             Start Bus Number : 00
[1817h 6167   1]               End Bus Number : FF
[1818h 6168   4]                     Reserved : 00000000

[181Ch 6172   8]                 Base Address : 00000000B0000000
[1824h 6180   2]         Segment Group Number : 0000
[1826h 6182   1]             Start Bus Number : 00
[1827h 6183   1]               End Bus Number : FF
[1828h 6184   4]                     Reserved : 00000000

[182Ch 6188   8]                 Base Address : 00000000B0000000
[1834h 6196   2]         Segment Group Number : 0000
[1836h 6198   1]             Start Bus Number : 00
[1837h 6199   1]               End Bus Number : FF
[1838h 6200   4]                     Reserved : 00000000

[183Ch 6204   8]                 Base Address : 00000000B0000000
[1844h 6212   2]         Segment Group Number : 0000
[1846h 6214   1]             Start Bus Number : 00
[1847h 6215   1]               End Bus Number : FF
[1848h 6216   4]                     Reserved : 00000000

[184Ch 6220   8]                 Base Address : 00000000B0000000
[1854h 6228   2]         Segment Group Number : 0000
[1856h 6230   1]             Start Bus Number : 00
[1857h 6231   1]               End Bus Number : FF
[1858h 6232   4]                     Reserved : 00000000

[185Ch 6236   8]                 Base Address : 00000000B0000000
[1864h 6244   2]         Segment Group Number : 0000
[1866h 6246   1]             Start Bus Number : 00
[1867h 6247   1]               End Bus Number : FF
[1868h 6248   4]                     Reserved : 00000000

[186Ch 6252   8]                 Base Address : 00000000B0000000
[1874h 6260   2]         Segment Group Number : 0000
[1876h 6262   1]             Start Bus Number : 00
[1877h 6263   1]               End Bus Number : FF
[1878h 6264   4]                     Reserved : 00000000

[187Ch 6268   8]                 Base Address : 00000000B0000000
[1884h 6276   2]         Segment Group Number : 0000
[1886h 6278   1]             Start Bus Number : 00
[1887h 6279   1]               End Bus Number : FF
[1888h 6280   4]                     Reserved : 00000000

[188Ch 6284   8]                 Base Address : 00000000B0000000
[1894h 6292   2]         Segment Group Number : 0000
[1896h 6294   1]             Start Bus Number : 00
[1897h 6295   1]               End Bus Number : FF
[1898h 6296   4]                     Reserved : 00000000

[189Ch 6300   8]                 Base Address : 00000000B0000000
[18A4h 6308   2]         Segment Group Number : 0000
[18A6h 6310   1]             Start Bus Number : 00
[18A7h 6311   1]               End Bus Number : FF
[18A8h 6312   4]                     Reserved : 00000000

[18ACh 6316   8]                 Base Address : 00000000B0000000
[18B4h 6324   2]         Segment Group Number : 0000
[18B6h 6326   1]             Start Bus Number : 00
[18B7h 6327   1]               End Bus Number : FF
[18B8h 6328   4]                     Reserved : 00000000

[18BCh 6332   8]                 Base Address : 00000000B0000000
[18C4h 6340   2]         Segment Group Number : 0000
[18C6h 6342   1]             Start Bus Number : 00
[18C7h 6343   1]               End Bus Number : FF
[18C8h 6344   4]                     Reserved : 00000000

[18CCh 6348   8]                 Base Address : 00000000B0000000
[18D4h 6356   2]         Segment Group Number : 0000
[18D6h 6358   1]             Start Bus Number : 00
[18D7h 6359   1]               End Bus Number : FF
[18D8h 6360   4]                     Reserved : 00000000

[18DCh 6364   8]                 Base Address : 00000000B0000000
[18E4h 6372   2]         Segment Group Number : 0000
[18E6h 6374   1]             Start Bus Number : 00
[18E7h 6375   1]               End Bus Number : FF
[18E8h 6376   4]                     Reserved : 00000000

[18ECh 6380   8]                 Base Address : 00000000B0000000
[18F4h 6388   2]         Segment Group Number : 0000
[18F6h 6390   1]             Start Bus Number : 00
[18F7h 6391   1]               End Bus Number : FF
[18F8h 6392   4]                     Reserved : 00000000

[18FCh 6396   8]                 Base Address : 00000000B0000000
[1904h 6404   2]         Segment Group Number : 0000
[1906h 6406   1]             Start Bus Number : 00
[1907h 6407   1]               End Bus Number : FF
[1908h 6408   4]                     Reserved : 00000000

[190Ch 6412   8]                 Base Address : 00000000B0000000
[1914h 6420   2]         Segment Group Number : 0000
[1916h 6422   1]             Start Bus Number : 00
[1917h 6423   1]               End Bus Number : FF
[1918h 6424   4]                     Reserved : 00000000

[191Ch 6428   8]                 Base Address : 00000000B0000000
[1924h 6436   2]         Segment Group Number : 0000
[1926h 6438   1]             Start Bus Number : 00
[1927h 6439   1]               End Bus Number : FF
[1928h 6440   4]                     Reserved : 00000000

[192Ch 6444   8]                 Base Address : 00000000B0000000
[1934h 6452   2]         Segment Group Number : 0000
[1936h 6454   1]             Start Bus Number : 00
[1937h 6455   1]               End Bus Number : FF
[1938h 6456   4]                     Reserved : 00000000

[193Ch 6460   8]                 Base Address : 00000000B0000000
[1944h 6468   2]         Segment Group Number : 0000
[1946h 6470   1]             Start Bus Number : 00
[1947h 6471   1]               End Bus Number : FF
[1948h 6472   4]                     Reserved : 00000000

[194Ch 6476   8]                 Base Address : 00000000B0000000
[1954h 6484   2]         Segment Group Number : 0000
[1956h 6486   1]             Start Bus Number : 00
[1957h 6487   1]               End Bus Number : FF
[1958h 6488   4]                     Reserved : 00000000

[195Ch 6492   8]                 Base Address : 00000000B0000000
[1964h 6500   2]         Segment Group Number : 0000
[1966h 6502   1]             Start Bus Number : 00
[1967h 6503   1]               End Bus Number : FF
[1968h 6504   4]                     Reserved : 00000000

[196Ch 6508   8]                 Base Address : 00000000B0000000
[1974h 6516   2]         Segment Group Number : 0000
[1976h 6518   1]             Start Bus Number : 00
[1977h 6519   1]               End Bus Number : FF
[1978h 6520   4]                     Reserved : 00000000

[197Ch 6524   8]                 Base Address : 00000000B0000000
[1984h 6532   2]         Segment Group Number : 0000
[1986h 6534   1]             Start Bus Number : 00
[1987h 6535   1]               End Bus Number : FF
[1988h 6536   4]                     Reserved : 00000000

[198Ch 6540   8]                 Base Address : 00000000B0000000
[1994h 6548   2]         Segment Group Number : 0000
[1996h 6550   1]             Start Bus Number : 00
[1997h 6551   1]               End Bus Number : FF
[1998h 6552   4]                     Reserved : 00000000

[199Ch 6556   8]                 Base Address : 00000000B0000000
[19A4h 6564   2]         Segment Group Number : 0000
[19A6h 6566   1]             Start Bus Number : 00
[19A7h 6567   1]               End Bus Number : FF
[19A8h 6568   4]                     Reserved : 00000000

[19ACh 6572   8]                 Base Address : 00000000B0000000
[19B4h 6580   2]         Segment Group Number : 0000
[19B6h 6582   1]             Start Bus Number : 00
[19B7h 6583   1]               End Bus Number : FF
[19B8h 6584   4]                     Reserved : 00000000

[19BCh 6588   8]                 Base Address : 00000000B0000000
[19C4h 6596   2]         Segment Group Number : 0000
[19C6h 6598   1]             Start Bus Number : 00
[19C7h 6599   1]               End Bus Number : FF
[19C8h 6600   4]                     Reserved : 00000000

[19CCh 6604   8]                 Base Address : 00000000B0000000
[19D4h 6612   2]         Segment Group Number : 0000
[19D6h 6614   1]             Start Bus Number : 00
[19D7h 6615   1]               End Bus Number : FF
[19D8h 6616   4]                     Reserved : 00000000

[19DCh 6620   8]                 Base Address : 00000000B0000000
[19E4h 6628   2]         Segment Group Number : 0000
[19E6h 6630   1]             Start Bus Number : 00
[19E7h 6631   1]               End Bus Number : FF
[19E8h 6632   4]                     Reserved : 00000000

[19ECh 6636   8]                 Base Address : 00000000B0000000
[19F4h 6644   2]         Segment Group Number : 0000
[19F6h 6646   1]             Start Bus Number : 00
[19F7h 6647   1]               End Bus Number : FF
[19F8h 6648   4]                     Reserved : 00000000

[19FCh 6652   8]                 Base Address : 00000000B0000000
[1A04h 6660   2]         Segment Group Number : 0000
[1A06h 6662   1]             Start Bus Number : 00
[1A07h 6663   1]               End Bus Number : FF
[1A08h 6664   4]                     Reserved : 00000000

[1A0Ch 6668   8]                 Base Address : 00000000B0000000
[1A14h 6676   2]         Segment Group Number : 0000
[1A16h 6678   1]             Start Bus Number : 00
[1A17h 6679   1]               End Bus Number : FF
[1A18h 6680   4]                     Reserved : 00000000

[1A1Ch 6684   8]                 Base Address : 00000000B0000000
[1A24h 6692   2]         Segment Group Number : 0000
[1A26h 6694   1]             Start Bus Number : 00
[1A27h 6695   1]               End Bus Number : FF
[1A28h 6696   4]                     Reserved : 00000000

[1A2Ch 6700   8]                 Base Address : 00000000B0000000
[1A34h 6708   2]         Segment Group Number : 0000
[1A36h 6710   1]             Start Bus Number : 00
[1A37h 6711   1]               End Bus Number : FF
[1A38h 6712   4]                     Reserved : 00000000

[1A3Ch 6716   8]                 Base Address : 00000000B0000000
[1A44h 6724   2]         Segment Group Number : 0000
[1A46h 6726   1]             Start Bus Number : 00
[1A47h 6727   1]               End Bus Number : FF
[1A48h 6728   4]                     Reserved : 00000000

[1A4Ch 6732   8]                 Base Address : 00000000B0000000
[1A54h 6740   2]         Segment Group Number : 0000
[1A56h 6742   1]             Start Bus Number : 00
[1A57h 6743   1]               End Bus Number : FF
[1A58h 6744   4]                     Reserved : 00000000

[1A5Ch 6748   8]                 Base Address : 00000000B0000000
[1A64h 6756   2]         Segment Group Number : 0000
[1A66h 6758   1]             Start Bus Number : 00
[1A67h 6759   1]               End Bus Number : FF
[1A68h 6760   4]                     Reserved : 00000000

[1A6Ch 6764   8]                 Base Address : 00000000B0000000
[1A74h 6772   2]         Segment Group Number : 0000
[1A76h 6774   1]             Start Bus Number : 00
[1A77h 6775   1]               End Bus Number : FF
[1A78h 6776   4]                     Reserved : 00000000

[1A7Ch 6780   8]                 Base Address : 00000000B0000000
[1A84h 6788   2]         Segment Group Number : 0000
[1A86h 6790   1]             Start Bus Number : 00
[1A87h 6791   1]               End Bus Number : FF
[1A88h 6792   4]                     Reserved : 00000000

[1A8Ch 6796   8]                 Base Address : 00000000B0000000
[1A94h 6804   2]         Segment Group Number : 0000
[1A96h 6806   1]             Start Bus Number : 00
[1A97h 6807   1]               End Bus Number : FF
[1A98h 6808   4]                     Reserved : 00000000

[1A9Ch 6812   8]                 Base Address : 00000000B0000000
[1AA4h 6820   2]         Segment Group Number : 0000
[1AA6h 6822   1]             Start Bus Number : 00
[1AA7h 6823   1]               End Bus Number : FF
[1AA8h 6824   4]                     Reserved : 00000000

[1AACh 6828   8]                 Base Address : 00000000B0000000
[1AB4h 6836   2]         Segment Group Number : 0000
[1AB6h 6838   1]             Start Bus Number : 00
[1AB7h 6839   1]               End Bus Number : FF
[1AB8h 6840   4]                     Reserved : 00000000

[1ABCh 6844   8]                 Base Address : 00000000B0000000
[1AC4h 6852   2]         Segment Group Number : 0000
[1AC6h 6854   1]             Start Bus Number : 00
[1AC7h 6855   1]               End Bus Number : FF
[1AC8h 6856   4]                     Reserved : 00000000

[1ACCh 6860   8]                 Base Address : 00000000B0000000
[1AD4h 6868   2]         Segment Group Number : 0000
[1AD6h 6870   1]             Start Bus Number : 00
[1AD7h 6871   1]               End Bus Number : FF
[1AD8h 6872   4]                     Reserved : 00000000

[1ADCh 6876   8]                 Base Address : 00000000B0000000
[1AE4h 6884   2]         Segment Group Number : 0000
[1AE6h 6886   1]             Start Bus Number : 00
[1AE7h 6887   1]               End Bus Number : FF
[1AE8h 6888   4]                     Reserved : 00000000

[1AECh 6892   8]                 Base Address : 00000000B0000000
[1AF4h 6900   2]         Segment Group Number : 0000
[1AF6h 6902   1]             Start Bus Number : 00
[1AF7h 6903   1]               End Bus Number : FF
[1AF8h 6904   4]                     Reserved : 00000000

[1AFCh 6908   8]                 Base Address : 00000000B0000000
[1B04h 6916   2]         Segment Group Number : 0000
[1B06h 6918   1]             Start Bus Number : 00
[1B07h 6919   1]               End Bus Number : FF
[1B08h 6920   4]                     Reserved : 00000000

[1B0Ch 6924   8]                 Base Address : 00000000B0000000
[1B14h 6932   2]         Segment Group Number : 0000
[1B16h 6934   1]             Start Bus Number : 00
[1B17h 6935   1]               End Bus Number : FF
[1B18h 6936   4]                     Reserved : 00000000

[1B1Ch 6940   8]                 Base Address : 00000000B0000000
[1B24h 6948   2]         Segment Group Number : 0000
[1B26h 6950   1]             Start Bus Number : 00
[1B27h 6951   1]               End Bus Number : FF
[1B28h 6952   4]                     Reserved : 00000000

[1B2Ch 6956   8]                 Base Address : 00000000B0000000
[1B34h 6964   2]         Segment Group Number : 0000
[1B36h 6966   1]             Start Bus Number : 00
[1B37h 6967   1]               End Bus Number : FF
[1B38h 6968   4]                     Reserved : 00000000

[1B3Ch 6972   8]                 Base Address : 00000000B0000000
[1B44h 6980   2]         Segment Group Number : 0000
[1B46h 6982   1]             Start Bus Number : 00
[1B47h 6983   1]               End Bus Number : FF
[1B48h 6984   4]                     Reserved : 00000000

[1B4Ch 6988   8]                 Base Address : 00000000B0000000
[1B54h 6996   2]         Segment Group Number : 0000
[1B56h 6998   1]             Start Bus Number : 00
[1B57h 6999   1]               End Bus Number : FF
[1B58h 7000   4]                     Reserved : 00000000

[1B5Ch 7004   8]                 Base Address : 00000000B0000000
[1B64h 7012   2]         Segment Group Number : 0000
[1B66h 7014   1]             Start Bus Number : 00
[1B67h 7015   1]               End Bus Number : FF
[1B68h 7016   4]                     Reserved : 00000000

[1B6Ch 7020   8]                 Base Address : 00000000B0000000
[1B74h 7028   2]         Segment Group Number : 0000
[1B76h 7030   1]             Start Bus Number : 00
[1B77h 7031   1]               End Bus Number : FF
[1B78h 7032   4]                     Reserved : 00000000

[1B7Ch 7036   8]                 Base Address : 00000000B0000000
[1B84h 7044   2]         Segment Group Number : 0000
[1B86h 7046   1]             Start Bus Number : 00
[1B87h 7047   1]               End Bus Number : FF
[1B88h 7048   4]                     Reserved : 00000000

[1B8Ch 7052   8]                 Base Address : 00000000B0000000
[1B94h 7060   2]         Segment Group Number : 0000
[1B96h 7062   1]             Start Bus Number : 00
[1B97h 7063   1]               End Bus Number : FF
[1B98h 7064   4]                     Reserved : 00000000

[1B9Ch 7068   8]                 Base Address : 00000000B0000000
[1BA4h 7076   2]         Segment Group Number : 0000
[1BA6h 7078   1]             Start Bus Number : 00
[1BA7h 7079   1]               End Bus Number : FF
[1BA8h 7080   4]                     Reserved : 00000000

[1BACh 7084   8]                 Base Address : 00000000B0000000
[1BB4h 7092   2]         Segment Group Number : 0000
[1BB6h 7094   1]             Start Bus Number : 00
[1BB7h 7095   1]               End Bus Number : FF
[1BB8h 7096   4]                     Reserved : 00000000

[1BBCh 7100   8]                 Base Address : 00000000B0000000
[1BC4h 7108   2]         Segment Group Number : 0000
[1BC6h 7110   1]             Start Bus Number : 00
[1BC7h 7111   1]               End Bus Number : FF
[1BC8h 7112   4]                     Reserved : 00000000

[1BCCh 7116   8]                 Base Address : 00000000B0000000
[1BD4h 7124   2]         Segment Group Number : 0000
[1BD6h 7126   1]             Start Bus Number : 00
[1BD7h 7127   1]               End Bus Number : FF
[1BD8h 7128   4]                     Reserved : 00000000

[1BDCh 7132   8]                 Base Address : 00000000B0000000
[1BE4h 7140   2]         Segment Group Number : 0000
[1BE6h 7142   1]             Start Bus Number : 00
[1BE7h 7143   1]               End Bus Number : FF
[1BE8h 7144   4]                     Reserved : 00000000

[1BECh 7148   8]                 Base Address : 00000000B0000000
[1BF4h 7156   2]         Segment Group Number : 0000
[1BF6h 7158   1]             Start Bus Number : 00
[1BF7h 7159   1]               End Bus Number : FF
[1BF8h 7160   4]                     Reserved : 00000000

[1BFCh 7164   8]                 Base Address : 00000000B0000000
[1C04h 7172   2]         Segment Group Number : 0000
[1C06h 7174   1]             Start Bus Number : 00
[1C07h 7175   1]               End Bus Number : FF
[1C08h 7176   4]                     Reserved : 00000000

[1C0Ch 7180   8]                 Base Address : 00000000B0000000
[1C14h 7188   2]         Segment Group Number : 0000
[1C16h 7190   1]             Start Bus Number : 00
[1C17h 7191   1]               End Bus Number : FF
[1C18h 7192   4]                     Reserved : 00000000

[1C1Ch 7196   8]                 Base Address : 00000000B0000000
[1C24h 7204   2]         Segment Group Number : 0000
[1C26h 7206   1]             Start Bus Number : 00
[1C27h 7207   1]               End Bus Number : FF
[1C28h 7208   4]                     Reserved : 00000000

[1C2Ch 7212   8]                 Base Address : 00000000B0000000
[1C34h 7220   2]         Segment Group Number : 0000
[1C36h 7222   1]             Start Bus Number : 00
[1C37h 7223   1]               End Bus Number : FF
[1C38h 7224   4]                     Reserved : 00000000

[1C3Ch 7228   8]                 Base Address : 00000000B0000000
[1C44h 7236   2]         Segment Group Number : 0000
[1C46h 7238   1]             Start Bus Number : 00
[1C47h 7239   1]               End Bus Number : FF
[1C48h 7240   4]                     Reserved : 00000000

[1C4Ch 7244   8]                 Base Address : 00000000B0000000
[1C54h 7252   2]         Segment Group Number : 0000
[1C56h 7254   1]             Start Bus Number : 00
[1C57h 7255   1]               End Bus Number : FF
[1C58h 7256   4]                     Reserved : 00000000

[1C5Ch 7260   8]                 Base Address : 00000000B0000000
[1C64h 7268   2]         Segment Group Number : 0000
[1C66h 7270   1]             Start Bus Number : 00
[1C67h 7271   1]               End Bus Number : FF
[1C68h 7272   4]                     Reserved : 00000000

[1C6Ch 7276   8]                 Base Address : 00000000B0000000
[1C74h 7284   2]         Segment Group Number : 0000
[1C76h 7286   1]             Start Bus Number : 00
[1C77h 7287   1]               End Bus Number : FF
[1C78h 7288   4]                     Reserved : 00000000

[1C7Ch 7292   8]                 Base Address : 00000000B0000000
[1C84h 7300   2]         Segment Group Number : 0000
[1C86h 7302   1]             Start Bus Number : 00
[1C87h 7303   1]               End Bus Number : FF
[1C88h 7304   4]                     Reserved : 00000000

[1C8Ch 7308   8]                 Base Address : 00000000B0000000
[1C94h 7316   2]         Segment Group Number : 0000
[1C96h 7318   1]             Start Bus Number : 00
[1C97h 7319   1]               End Bus Number : FF
[1C98h 7320   4]                     Reserved : 00000000

[1C9Ch 7324   8]                 Base Address : 00000000B0000000
[1CA4h 7332   2]         Segment Group Number : 0000
[1CA6h 7334   1]             Start Bus Number : 00
[1CA7h 7335   1]               End Bus Number : FF
[1CA8h 7336   4]                     Reserved : 00000000

[1CACh 7340   8]                 Base Address : 00000000B0000000
[1CB4h 7348   2]         Segment Group Number : 0000
[1CB6h 7350   1]             Start Bus Number : 00
[1CB7h 7351   1]               End Bus Number : FF
[1CB8h 7352   4]                     Reserved : 00000000

[1CBCh 7356   8]                 Base Address : 00000000B0000000
[1CC4h 7364   2]         Segment Group Number : 0000
[1CC6h 7366   1]             Start Bus Number : 00
[1CC7h 7367   1]               End Bus Number : FF
[1CC8h 7368   4]                     Reserved : 00000000

[1CCCh 7372   8]                 Base Address : 00000000B0000000
[1CD4h 7380   2]         Segment Group Number : 0000
[1CD6h 7382   1]             Start Bus Number : 00
[1CD7h 7383   1]               End Bus Number : FF
[1CD8h 7384   4]                     Reserved : 00000000

[1CDCh 7388   8]                 Base Address : 00000000B0000000
[1CE4h 7396   2]         Segment Group Number : 0000
[1CE6h 7398   1]             Start Bus Number : 00
[1CE7h 7399   1]               End Bus Number : FF
[1CE8h 7400   4]                     Reserved : 00000000

[1CECh 7404   8]                 Base Address : 00000000B0000000
[1CF4h 7412   2]         Segment Group Number : 0000
[1CF6h 7414   1]             Start Bus Number : 00
[1CF7h 7415   1]               End Bus Number : FF
[1CF8h 7416   4]                     Reserved : 00000000

[1CFCh 7420   8]                 Base Address : 00000000B0000000
[1D04h 7428   2]         Segment Group Number : 0000
[1D06h 7430   1]             Start Bus Number : 00
[1D07h 7431   1]               End Bus Number : FF
[1D08h 7432   4]                     Reserved : 00000000

[1D0Ch 7436   8]                 Base Address : 00000000B0000000
[1D14h 7444   2]         Segment Group Number : 0000
[1D16h 7446   1]             Start Bus Number : 00
[1D17h 7447   1]               End Bus Number : FF
[1D18h 7448   4]                     Reserved : 00000000

[1D1Ch 7452   8]                 Base Address : 00000000B0000000
[1D24h 7460   2]         Segment Group Number : 0000
[1D26h 7462   1]             Start Bus Number : 00
[1D27h 7463   1]               End Bus Number : FF
[1D28h 7464   4]                     Reserved : 00000000

[1D2Ch 7468   8]                 Base Address : 00000000B0000000
[1D34h 7476   2]         Segment Group Number : 0000
[1D36h 7478   1]             Start Bus Number : 00
[1D37h 7479   1]               End Bus Number : FF
[1D38h 7480   4]                     Reserved : 00000000

[1D3Ch 7484   8]                 Base Address : 00000000B0000000
[1D44h 7492   2]         Segment Group Number : 0000
[1D46h 7494   1]             Start Bus Number : 00
[1D47h 7495   1]               End Bus Number : FF
[1D48h 7496   4]                     Reserved : 00000000

[1D4Ch 7500   8]                 Base Address : 00000000B0000000
[1D54h 7508   2]         Segment Group Number : 0000
[1D56h 7510   1]             Start Bus Number : 00
[1D57h 7511   1]               End Bus Number : FF
[1D58h 7512   4]                     Reserved : 00000000

[1D5Ch 7516   8]                 Base Address : 00000000B0000000
[1D64h 7524   2]         Segment Group Number : 0000
[1D66h 7526   1]             Start Bus Number : 00
[1D67h 7527   1]               End Bus Number : FF
[1D68h 7528   4]                     Reserved : 00000000

[1D6Ch 7532   8]                 Base Address : 00000000B0000000
[1D74h 7540   2]         Segment Group Number : 0000
[1D76h 7542   1]             Start Bus Number : 00
[1D77h 7543   1]               End Bus Number : FF
[1D78h 7544   4]                     Reserved : 00000000

[1D7Ch 7548   8]                 Base Address : 00000000B0000000
[1D84h 7556   2]         Segment Group Number : 0000
[1D86h 7558   1]             Start Bus Number : 00
[1D87h 7559   1]               End Bus Number : FF
[1D88h 7560   4]                     Reserved : 00000000

[1D8Ch 7564   8]                 Base Address : 00000000B0000000
[1D94h 7572   2]         Segment Group Number : 0000
[1D96h 7574   1]             Start Bus Number : 00
[1D97h 7575   1]               End Bus Number : FF
[1D98h 7576   4]                     Reserved : 00000000

[1D9Ch 7580   8]                 Base Address : 00000000B0000000
[1DA4h 7588   2]         Segment Group Number : 0000
[1DA6h 7590   1]             Start Bus Number : 00
[1DA7h 7591   1]               End Bus Number : FF
[1DA8h 7592   4]                     Reserved : 00000000

[1DACh 7596   8]                 Base Address : 00000000B0000000
[1DB4h 7604   2]         Segment Group Number : 0000
[1DB6h 7606   1]             Start Bus Number : 00
[1DB7h 7607   1]               End Bus Number : FF
[1DB8h 7608   4]                     Reserved : 00000000

[1DBCh 7612   8]                 Base Address : 00000000B0000000
[1DC4h 7620   2]         Segment Group Number : 0000
[1DC6h 7622   1]             Start Bus Number : 00
[1DC7h 7623   1]               End Bus Number : FF
[1DC8h 7624   4]                     Reserved : 00000000

[1DCCh 7628   8]                 Base Address : 00000000B0000000
[1DD4h 7636   2]         Segment Group Number : 0000
[1DD6h 7638   1]             Start Bus Number : 00
[1DD7h 7639   1]               End Bus Number : FF
[1DD8h 7640   4]                     Reserved : 00000000

[1DDCh 7644   8]                 Base Address : 00000000B0000000
[1DE4h 7652   2]         Segment Group Number : 0000
[1DE6h 7654   1]             Start Bus Number : 00
[1DE7h 7655   1]               End Bus Number : FF
[1DE8h 7656   4]                     Reserved : 00000000

[1DECh 7660   8]                 Base Address : 00000000B0000000
[1DF4h 7668   2]         Segment Group Number : 0000
[1DF6h 7670   1]             Start Bus Number : 00
[1DF7h 7671   1]               End Bus Number : FF
[1DF8h 7672   4]                     Reserved : 00000000

[1DFCh 7676   8]                 Base Address : 00000000B0000000
[1E04h 7684   2]         Segment Group Number : 0000
[1E06h 7686   1]             Start Bus Number : 00
[1E07h 7687   1]               End Bus Number : FF
[1E08h 7688   4]                     Reserved : 00000000

[1E0Ch 7692   8]                 Base Address : 00000000B0000000
[1E14h 7700   2]         Segment Group Number : 0000
[1E16h 7702   1]             Start Bus Number : 00
[1E17h 7703   1]               End Bus Number : FF
[1E18h 7704   4]                     Reserved : 00000000

[1E1Ch 7708   8]                 Base Address : 00000000B0000000
[1E24h 7716   2]         Segment Group Number : 0000
[1E26h 7718   1]             Start Bus Number : 00
[1E27h 7719   1]               End Bus Number : FF
[1E28h 7720   4]                     Reserved : 00000000

[1E2Ch 7724   8]                 Base Address : 00000000B0000000
[1E34h 7732   2]         Segment Group Number : 0000
[1E36h 7734   1]             Start Bus Number : 00
[1E37h 7735   1]               End Bus Number : FF
[1E38h 7736   4]                     Reserved : 00000000

[1E3Ch 7740   8]                 Base Address : 00000000B0000000
[1E44h 7748   2]         Segment Group Number : 0000
[1E46h 7750   1]             Start Bus Number : 00
[1E47h 7751   1]               End Bus Number : FF
[1E48h 7752   4]                     Reserved : 00000000

[1E4Ch 7756   8]                 Base Address : 00000000B0000000
[1E54h 7764   2]         Segment Group Number : 0000
[1E56h 7766   1]             Start Bus Number : 00
[1E57h 7767   1]               End Bus Number : FF
[1E58h 7768   4]                     Reserved : 00000000

[1E5Ch 7772   8]                 Base Address : 00000000B0000000
[1E64h 7780   2]         Segment Group Number : 0000
[1E66h 7782   1]             Start Bus Number : 00
[1E67h 7783   1]               End Bus Number : FF
[1E68h 7784   4]                     Reserved : 00000000

[1E6Ch 7788   8]                 Base Address : 00000000B0000000
[1E74h 7796   2]         Segment Group Number : 0000
[1E76h 7798   1]             Start Bus Number : 00
[1E77h 7799   1]               End Bus Number : FF
[1E78h 7800   4]                     Reserved : 00000000

[1E7Ch 7804   8]                 Base Address : 00000000B0000000
[1E84h 7812   2]         Segment Group Number : 0000
[1E86h 7814   1]             Start Bus Number : 00
[1E87h 7815   1]               End Bus Number : FF
[1E88h 7816   4]                     Reserved : 00000000

[1E8Ch 7820   8]                 Base Address : 00000000B0000000
[1E94h 7828   2]         Segment Group Number : 0000
[1E96h 7830   1]             Start Bus Number : 00
[1E97h 7831   1]               End Bus Number : FF
[1E98h 7832   4]                     Reserved : 00000000

[1E9Ch 7836   8]                 Base Address : 00000000B0000000
[1EA4h 7844   2]         Segment Group Number : 0000
[1EA6h 7846   1]             Start Bus Number : 00
[1EA7h 7847   1]               End Bus Number : FF
[1EA8h 7848   4]                     Reserved : 00000000

[1EACh 7852   8]                 Base Address : 00000000B0000000
[1EB4h 7860   2]         Segment Group Number : 0000
[1EB6h 7862   1]             Start Bus Number : 00
[1EB7h 7863   1]               End Bus Number : FF
[1EB8h 7864   4]                     Reserved : 00000000

[1EBCh 7868   8]                 Base Address : 00000000B0000000
[1EC4h 7876   2]         Segment Group Number : 0000
[1EC6h 7878   1]             Start Bus Number : 00
[1EC7h 7879   1]               End Bus Number : FF
[1EC8h 7880   4]                     Reserved : 00000000

[1ECCh 7884   8]                 Base Address : 00000000B0000000
[1ED4h 7892   2]         Segment Group Number : 0000
[1ED6h 7894   1]             Start Bus Number : 00
[1ED7h 7895   1]               End Bus Number : FF
[1ED8h 7896   4]                     Reserved : 00000000

[1EDCh 7900   8]                 Base Address : 00000000B0000000
[1EE4h 7908   2]         Segment Group Number : 0000
[1EE6h 7910   1]             Start Bus Number : 00
[1EE7h 7911   1]               End Bus Number : FF
[1EE8h 7912   4]                     Reserved : 00000000

[1EECh 7916   8]                 Base Address : 00000000B0000000
[1EF4h 7924   2]         Segment Group Number : 0000
[1EF6h 7926   1]             Start Bus Number : 00
[1EF7h 7927   1]               End Bus Number : FF
[1EF8h 7928   4]                     Reserved : 00000000

[1EFCh 7932   8]                 Base Address : 00000000B0000000
[1F04h 7940   2]         Segment Group Number : 0000
[1F06h 7942   1]             Start Bus Number : 00
[1F07h 7943   1]               End Bus Number : FF
[1F08h 7944   4]                     Reserved : 00000000

[1F0Ch 7948   8]                 Base Address : 00000000B0000000
[1F14h 7956   2]         Segment Group Number : 0000
[1F16h 7958   1]             Start Bus Number : 00
[1F17h 7959   1]               End Bus Number : FF
[1F18h 7960   4]                     Reserved : 00000000

[1F1Ch 7964   8]                 Base Address : 00000000B0000000
[1F24h 7972   2]         Segment Group Number : 0000
[1F26h 7974   1]             Start Bus Number : 00
[1F27h 7975   1]               End Bus Number : FF
[1F28h 7976   4]                     Reserved : 00000000

[1F2Ch 7980   8]                 Base Address : 00000000B0000000
[1F34h 7988   2]         Segment Group Number : 0000
[1F36h 7990   1]             Start Bus Number : 00
[1F37h 7991   1]               End Bus Number : FF
[1F38h 7992   4]                     Reserved : 00000000

[1F3Ch 7996   8]                 Base Address : 00000000B0000000
[1F44h 8004   2]         Segment Group Number : 0000
[1F46h 8006   1]             Start Bus Number : 00
[1F47h 8007   1]               End Bus Number : FF
[1F48h 8008   4]                     Reserved : 00000000

[1F4Ch 8012   8]                 Base Address : 00000000B0000000
[1F54h 8020   2]         Segment Group Number : 0000
[1F56h 8022   1]             Start Bus Number : 00
[1F57h 8023   1]               End Bus Number : FF
[1F58h 8024   4]                     Reserved : 00000000

[1F5Ch 8028   8]                 Base Address : 00000000B0000000
[1F64h 8036   2]         Segment Group Number : 0000
[1F66h 8038   1]             Start Bus Number : 00
[1F67h 8039   1]               End Bus Number : FF
[1F68h 8040   4]                     Reserved : 00000000

[1F6Ch 8044   8]                 Base Address : 00000000B0000000
[1F74h 8052   2]         Segment Group Number : 0000
[1F76h 8054   1]             Start Bus Number : 00
[1F77h 8055   1]               End Bus Number : FF
[1F78h 8056   4]                     Reserved : 00000000

[1F7Ch 8060   8]                 Base Address : 00000000B0000000
[1F84h 8068   2]         Segment Group Number : 0000
[1F86h 8070   1]             Start Bus Number : 00
[1F87h 8071   1]               End Bus Number : FF
[1F88h 8072   4]                     Reserved : 00000000

[1F8Ch 8076   8]                 Base Address : 00000000B0000000
[1F94h 8084   2]         Segment Group Number : 0000
[1F96h 8086   1]             Start Bus Number : 00
[1F97h 8087   1]               End Bus Number : FF
[1F98h 8088   4]                     Reserved : 00000000

[1F9Ch 8092   8]                 Base Address : 00000000B0000000
[1FA4h 8100   2]         Segment Group Number : 0000
[1FA6h 8102   1]             Start Bus Number : 00
[1FA7h 8103   1]               End Bus Number : FF
[1FA8h 8104   4]                     Reserved : 00000000

[1FACh 8108   8]                 Base Address : 00000000B0000000
[1FB4h 8116   2]         Segment Group Number : 0000
[1FB6h 8118   1]             Start Bus Number : 00
[1FB7h 8119   1]               End Bus Number : FF
[1FB8h 8120   4]                     Reserved : 00000000

[1FBCh 8124   8]                 Base Address : 00000000B0000000
[1FC4h 8132   2]         Segment Group Number : 0000
[1FC6h 8134   1]             Start Bus Number : 00
[1FC7h 8135   1]               End Bus Number : FF
[1FC8h 8136   4]                     Reserved : 00000000

[1FCCh 8140   8]                 Base Address : 00000000B0000000
[1FD4h 8148   2]         Segment Group Number : 0000
[1FD6h 8150   1]             Start Bus Number : 00
[1FD7h 8151   1]               End Bus Number : FF
[1FD8h 8152   4]                     Reserved : 00000000

[1FDCh 8156   8]                 Base Address : 00000000B0000000
[1FE4h 8164   2]         Segment Group Number : 0000
[1FE6h 8166   1]             Start Bus Number : 00
[1FE7h 8167   1]               End Bus Number : FF
[1FE8h 8168   4]                     Reserved : 00000000

[1FECh 8172   8]                 Base Address : 00000000B0000000
[1FF4h 8180   2]         Segment Group Number : 0000
[1FF6h 8182   1]             Start Bus Number : 00
[1FF7h 8183   1]               End Bus Number : FF
[1FF8h 8184   4]                     Reserved : 00000000

[1FFCh 8188   8]                 Base Address : 00000000B0000000
[2004h 8196   2]         Segment Group Number : 0000
[2006h 8198   1]             Start Bus Number : 00
[2007h 8199   1]               End Bus Number : FF
[2008h 8200   4]                     Reserved : 00000000

[200Ch 8204   8]                 Base Address : 00000000B0000000
[2014h 8212   2]         Segment Group Number : 0000
[2016h 8214   1]             Start Bus Number : 00
[2017h 8215   1]               End Bus Number : FF
[2018h 8216   4]                     Reserved : 00000000

[201Ch 8220   8]                 Base Address : 00000000B0000000
[2024h 8228   2]         Segment Group Number : 0000
[2026h 8230   1]             Start Bus Number : 00
[2027h 8231   1]               End Bus Number : FF
[2028h 8232   4]                     Reserved : 00000000

[202Ch 8236   8]                 Base Address : 00000000B0000000
[2034h 8244   2]         Segment Group Number : 0000
[2036h 8246   1]             Start Bus Number : 00
[2037h 8247   1]               End Bus Number : FF
[2038h 8248   4]                     Reserved : 00000000

[203Ch 8252   8]                 Base Address : 00000000B0000000
[2044h 8260   2]         Segment Group Number : 0000
[2046h 8262   1]             Start Bus Number : 00
[2047h 8263   1]               End Bus Number : FF
[2048h 8264   4]                     Reserved : 00000000

[204Ch 8268   8]                 Base Address : 00000000B0000000
[2054h 8276   2]         Segment Group Number : 0000
[2056h 8278   1]             Start Bus Number : 00
[2057h 8279   1]               End Bus Number : FF
[2058h 8280   4]                     Reserved : 00000000

[205Ch 8284   8]                 Base Address : 00000000B0000000
[2064h 8292   2]         Segment Group Number : 0000
[2066h 8294   1]             Start Bus Number : 00
[2067h 8295   1]               End Bus Number : FF
[2068h 8296   4]                     Reserved : 00000000

[206Ch 8300   8]                 Base Address : 00000000B0000000
[2074h 8308   2]         Segment Group Number : 0000
[2076h 8310   1]             Start Bus Number : 00
[2077h 8311   1]               End Bus Number : FF
[2078h 8312   4]                     Reserved : 00000000

[207Ch 8316   8]                 Base Address : 00000000B0000000
[2084h 8324   2]         Segment Group Number : 0000
[2086h 8326   1]             Start Bus Number : 00
[2087h 8327   1]               End Bus Number : FF
[2088h 8328   4]                     Reserved : 00000000

[208Ch 8332   8]                 Base Address : 00000000B0000000
[2094h 8340   2]         Segment Group Number : 0000
[2096h 8342   1]             Start Bus Number : 00
[2097h 8343   1]               End Bus Number : FF
[2098h 8344   4]                     Reserved : 00000000

[209Ch 8348   8]                 Base Address : 00000000B0000000
[20A4h 8356   2]         Segment Group Number : 0000
[20A6h 8358   1]             Start Bus Number : 00
[20A7h 8359   1]               End Bus Number : FF
[20A8h 8360   4]                     Reserved : 00000000

[20ACh 8364   8]                 Base Address : 00000000B0000000
[20B4h 8372   2]         Segment Group Number : 0000
[20B6h 8374   1]             Start Bus Number : 00
[20B7h 8375   1]               End Bus Number : FF
[20B8h 8376   4]                     Reserved : 00000000

[20BCh 8380   8]                 Base Address : 00000000B0000000
[20C4h 8388   2]         Segment Group Number : 0000
[20C6h 8390   1]             Start Bus Number : 00
[20C7h 8391   1]               End Bus Number : FF
[20C8h 8392   4]                     Reserved : 00000000

[20CCh 8396   8]                 Base Address : 00000000B0000000
[20D4h 8404   2]         Segment Group Number : 0000
[20D6h 8406   1]             Start Bus Number : 00
[20D7h 8407   1]               End Bus Number : FF
[20D8h 8408   4]                     Reserved : 00000000

[20DCh 8412   8]                 Base Address : 00000000B0000000
[20E4h 8420   2]         Segment Group Number : 0000
[20E6h 8422   1]             Start Bus Number : 00
[20E7h 8423   1]               End Bus Number : FF
[20E8h 8424   4]                     Reserved : 00000000

[20ECh 8428   8]                 Base Address : 00000000B0000000
[20F4h 8436   2]         Segment Group Number : 0000
[20F6h 8438   1]             Start Bus Number : 00
[20F7h 8439   1]               End Bus Number : FF
[20F8h 8440   4]                     Reserved : 00000000

[20FCh 8444   8]                 Base Address : 00000000B0000000
[2104h 8452   2]         Segment Group Number : 0000
[2106h 8454   1]             Start Bus Number : 00
[2107h 8455   1]               End Bus Number : FF
[2108h 8456   4]                     Reserved : 00000000

[210Ch 8460   8]                 Base Address : 00000000B0000000
[2114h 8468   2]         Segment Group Number : 0000
[2116h 8470   1]             Start Bus Number : 00
[2117h 8471   1]               End Bus Number : FF
[2118h 8472   4]                     Reserved : 00000000

[211Ch 8476   8]                 Base Address : 00000000B0000000
[2124h 8484   2]         Segment Group Number : 0000
[2126h 8486   1]             Start Bus Number : 00
[2127h 8487   1]               End Bus Number : FF
[2128h 8488   4]                     Reserved : 00000000

[212Ch 8492   8]                 Base Address : 00000000B0000000
[2134h 8500   2]         Segment Group Number : 0000
[2136h 8502   1]             Start Bus Number : 00
[2137h 8503   1]               End Bus Number : FF
[2138h 8504   4]                     Reserved : 00000000

[213Ch 8508   8]                 Base Address : 00000000B0000000
[2144h 8516   2]         Segment Group Number : 0000
[2146h 8518   1]             Start Bus Number : 00
[2147h 8519   1]               End Bus Number : FF
[2148h 8520   4]                     Reserved : 00000000

[214Ch 8524   8]                 Base Address : 00000000B0000000
[2154h 8532   2]         Segment Group Number : 0000
[2156h 8534   1]             Start Bus Number : 00
[2157h 8535   1]               End Bus Number : FF
[2158h 8536   4]                     Reserved : 00000000

[215Ch 8540   8]                 Base Address : 00000000B0000000
[2164h 8548   2]         Segment Group Number : 0000
[2166h 8550   1]             Start Bus Number : 00
[2167h 8551   1]               End Bus Number : FF
[2168h 8552   4]                     Reserved : 00000000

[216Ch 8556   8]                 Base Address : 00000000B0000000
[2174h 8564   2]         Segment Group Number : 0000
[2176h 8566   1]             Start Bus Number : 00
[2177h 8567   1]               End Bus Number : FF
[2178h 8568   4]                     Reserved : 00000000

[217Ch 8572   8]                 Base Address : 00000000B0000000
[2184h 8580   2]         Segment Group Number : 0000
[2186h 8582   1]             Start Bus Number : 00
[2187h 8583   1]               End Bus Number : FF
[2188h 8584   4]                     Reserved : 00000000

[218Ch 8588   8]                 Base Address : 00000000B0000000
[2194h 8596   2]         Segment Group Number : 0000
[2196h 8598   1]             Start Bus Number : 00
[2197h 8599   1]               End Bus Number : FF
[2198h 8600   4]                     Reserved : 00000000

[219Ch 8604   8]                 Base Address : 00000000B0000000
[21A4h 8612   2]         Segment Group Number : 0000
[21A6h 8614   1]             Start Bus Number : 00
[21A7h 8615   1]               End Bus Number : FF
[21A8h 8616   4]                     Reserved : 00000000

[21ACh 8620   8]                 Base Address : 00000000B0000000
[21B4h 8628   2]         Segment Group Number : 0000
[21B6h 8630   1]             Start Bus Number : 00
[21B7h 8631   1]               End Bus Number : FF
[21B8h 8632   4]                     Reserved : 00000000

[21BCh 8636   8]                 Base Address : 00000000B0000000
[21C4h 8644   2]         Segment Group Number : 0000
[21C6h 8646   1]             Start Bus Number : 00
[21C7h 8647   1]               End Bus Number : FF
[21C8h 8648   4]                     Reserved : 00000000

[21CCh 8652   8]                 Base Address : 00000000B0000000
[21D4h 8660   2]         Segment Group Number : 0000
[21D6h 8662   1]             Start Bus Number : 00
[21D7h 8663   1]               End Bus Number : FF
[21D8h 8664   4]                     Reserved : 00000000

[21DCh 8668   8]                 Base Address : 00000000B0000000
[21E4h 8676   2]         Segment Group Number : 0000
[21E6h 8678   1]             Start Bus Number : 00
[21E7h 8679   1]               End Bus Number : FF
[21E8h 8680   4]                     Reserved : 00000000

[21ECh 8684   8]                 Base Address : 00000000B0000000
[21F4h 8692   2]         Segment Group Number : 0000
[21F6h 8694   1]             Start Bus Number : 00
[21F7h 8695   1]               End Bus Number : FF
[21F8h 8696   4]                     Reserved : 00000000

[21FCh 8700   8]                 Base Address : 00000000B0000000
[2204h 8708   2]         Segment Group Number : 0000
[2206h 8710   1]             Start Bus Number : 00
[2207h 8711   1]               End Bus Number : FF
[2208h 8712   4]                     Reserved : 00000000

[220Ch 8716   8]                 Base Address : 00000000B0000000
[2214h 8724   2]         Segment Group Number : 0000
[2216h 8726   1]             Start Bus Number : 00
[2217h 8727   1]               End Bus Number : FF
[2218h 8728   4]                     Reserved : 00000000

[221Ch 8732   8]                 Base Address : 00000000B0000000
[2224h 8740   2]         Segment Group Number : 0000
[2226h 8742   1]             Start Bus Number : 00
[2227h 8743   1]               End Bus Number : FF
[2228h 8744   4]                     Reserved : 00000000

[222Ch 8748   8]                 Base Address : 00000000B0000000
[2234h 8756   2]         Segment Group Number : 0000
[2236h 8758   1]             Start Bus Number : 00
[2237h 8759   1]               End Bus Number : FF
[2238h 8760   4]                     Reserved : 00000000

[223Ch 8764   8]                 Base Address : 00000000B0000000
[2244h 8772   2]         Segment Group Number : 0000
[2246h 8774   1]             Start Bus Number : 00
[2247h 8775   1]               End Bus Number : FF
[2248h 8776   4]                     Reserved : 00000000

[224Ch 8780   8]                 Base Address : 00000000B0000000
[2254h 8788   2]         Segment Group Number : 0000
[2256h 8790   1]             Start Bus Number : 00
[2257h 8791   1]               End Bus Number : FF
[2258h 8792   4]                     Reserved : 00000000

[225Ch 8796   8]                 Base Address : 00000000B0000000
[2264h 8804   2]         Segment Group Number : 0000
[2266h 8806   1]             Start Bus Number : 00
[2267h 8807   1]               End Bus Number : FF
[2268h 8808   4]                     Reserved : 00000000

[226Ch 8812   8]                 Base Address : 00000000B0000000
[2274h 8820   2]         Segment Group Number : 0000
[2276h 8822   1]             Start Bus Number : 00
[2277h 8823   1]               End Bus Number : FF
[2278h 8824   4]                     Reserved : 00000000

[227Ch 8828   8]                 Base Address : 00000000B0000000
[2284h 8836   2]         Segment Group Number : 0000
[2286h 8838   1]             Start Bus Number : 00
[2287h 8839   1]               End Bus Number : FF
[2288h 8840   4]                     Reserved : 00000000

[228Ch 8844   8]                 Base Address : 00000000B0000000
[2294h 8852   2]         Segment Group Number : 0000
[2296h 8854   1]             Start Bus Number : 00
[2297h 8855   1]               End Bus Number : FF
[2298h 8856   4]                     Reserved : 00000000

[229Ch 8860   8]                 Base Address : 00000000B0000000
[22A4h 8868   2]         Segment Group Number : 0000
[22A6h 8870   1]             Start Bus Number : 00
[22A7h 8871   1]               End Bus Number : FF
[22A8h 8872   4]                     Reserved : 00000000

[22ACh 8876   8]                 Base Address : 00000000B0000000
[22B4h 8884   2]         Segment Group Number : 0000
[22B6h 8886   1]             Start Bus Number : 00
[22B7h 8887   1]               End Bus Number : FF
[22B8h 8888   4]                     Reserved : 00000000

[22BCh 8892   8]                 Base Address : 00000000B0000000
[22C4h 8900   2]         Segment Group Number : 0000
[22C6h 8902   1]             Start Bus Number : 00
[22C7h 8903   1]               End Bus Number : FF
[22C8h 8904   4]                     Reserved : 00000000

[22CCh 8908   8]                 Base Address : 00000000B0000000
[22D4h 8916   2]         Segment Group Number : 0000
[22D6h 8918   1]             Start Bus Number : 00
[22D7h 8919   1]               End Bus Number : FF
[22D8h 8920   4]                     Reserved : 00000000

[22DCh 8924   8]                 Base Address : 00000000B0000000
[22E4h 8932   2]         Segment Group Number : 0000
[22E6h 8934   1]             Start Bus Number : 00
[22E7h 8935   1]               End Bus Number : FF
[22E8h 8936   4]                     Reserved : 00000000

[22ECh 8940   8]                 Base Address : 00000000B0000000
[22F4h 8948   2]         Segment Group Number : 0000
[22F6h 8950   1]             Start Bus Number : 00
[22F7h 8951   1]               End Bus Number : FF
[22F8h 8952   4]                     Reserved : 00000000

[22FCh 8956   8]                 Base Address : 00000000B0000000
[2304h 8964   2]         Segment Group Number : 0000
[2306h 8966   1]             Start Bus Number : 00
[2307h 8967   1]               End Bus Number : FF
[2308h 8968   4]                     Reserved : 00000000

[230Ch 8972   8]                 Base Address : 00000000B0000000
[2314h 8980   2]         Segment Group Number : 0000
[2316h 8982   1]             Start Bus Number : 00
[2317h 8983   1]               End Bus Number : FF
[2318h 8984   4]                     Reserved : 00000000

[231Ch 8988   8]                 Base Address : 00000000B0000000
[2324h 8996   2]         Segment Group Number : 0000
[2326h 8998   1]             Start Bus Number : 00
[2327h 8999   1]               End Bus Number : FF
[2328h 9000   4]                     Reserved : 00000000

[232Ch 9004   8]                 Base Address : 00000000B0000000
[2334h 9012   2]         Segment Group Number : 0000
[2336h 9014   1]             Start Bus Number : 00
[2337h 9015   1]               End Bus Number : FF
[2338h 9016   4]                     Reserved : 00000000

[233Ch 9020   8]                 Base Address : 00000000B0000000
[2344h 9028   2]         Segment Group Number : 0000
[2346h 9030   1]             Start Bus Number : 00
[2347h 9031   1]               End Bus Number : FF
[2348h 9032   4]                     Reserved : 00000000

[234Ch 9036   8]                 Base Address : 00000000B0000000
[2354h 9044   2]         Segment Group Number : 0000
[2356h 9046   1]             Start Bus Number : 00
[2357h 9047   1]               End Bus Number : FF
[2358h 9048   4]                     Reserved : 00000000

[235Ch 9052   8]                 Base Address : 00000000B0000000
[2364h 9060   2]         Segment Group Number : 0000
[2366h 9062   1]             Start Bus Number : 00
[2367h 9063   1]               End Bus Number : FF
[2368h 9064   4]                     Reserved : 00000000

[236Ch 9068   8]                 Base Address : 00000000B0000000
[2374h 9076   2]         Segment Group Number : 0000
[2376h 9078   1]             Start Bus Number : 00
[2377h 9079   1]               End Bus Number : FF
[2378h 9080   4]                     Reserved : 00000000

[237Ch 9084   8]                 Base Address : 00000000B0000000
[2384h 9092   2]         Segment Group Number : 0000
[2386h 9094   1]             Start Bus Number : 00
[2387h 9095   1]               End Bus Number : FF
[2388h 9096   4]                     Reserved : 00000000

[238Ch 9100   8]                 Base Address : 00000000B0000000
[2394h 9108   2]         Segment Group Number : 0000
[2396h 9110   1]             Start Bus Number : 00
[2397h 9111   1]               End Bus Number : FF
[2398h 9112   4]                     Reserved : 00000000

[239Ch 9116   8]                 Base Address : 00000000B0000000
[23A4h 9124   2]         Segment Group Number : 0000
[23A6h 9126   1]             Start Bus Number : 00
[23A7h 9127   1]               End Bus Number : FF
[23A8h 9128   4]                     Reserved : 00000000

[23ACh 9132   8]                 Base Address : 00000000B0000000
[23B4h 9140   2]         Segment Group Number : 0000
[23B6h 9142   1]             Start Bus Number : 00
[23B7h 9143   1]               End Bus Number : FF
[23B8h 9144   4]                     Reserved : 00000000

[23BCh 9148   8]                 Base Address : 00000000B0000000
[23C4h 9156   2]         Segment Group Number : 0000
[23C6h 9158   1]             Start Bus Number : 00
[23C7h 9159   1]               End Bus Number : FF
[23C8h 9160   4]                     Reserved : 00000000

[23CCh 9164   8]                 Base Address : 00000000B0000000
[23D4h 9172   2]         Segment Group Number : 0000
[23D6h 9174   1]             Start Bus Number : 00
[23D7h 9175   1]               End Bus Number : FF
[23D8h 9176   4]                     Reserved : 00000000

[23DCh 9180   8]                 Base Address : 00000000B0000000
[23E4h 9188   2]         Segment Group Number : 0000
[23E6h 9190   1]             Start Bus Number : 00
[23E7h 9191   1]               End Bus Number : FF
[23E8h 9192   4]                     Reserved : 00000000

[23ECh 9196   8]                 Base Address : 00000000B0000000
[23F4h 9204   2]         Segment Group Number : 0000
[23F6h 9206   1]             Start Bus Number : 00
[23F7h 9207   1]               End Bus Number : FF
[23F8h 9208   4]                     Reserved : 00000000

[23FCh 9212   8]                 Base Address : 00000000B0000000
[2404h 9220   2]         Segment Group Number : 0000
[2406h 9222   1]             Start Bus Number : 00
[2407h 9223   1]               End Bus Number : FF
[2408h 9224   4]                     Reserved : 00000000

[240Ch 9228   8]                 Base Address : 00000000B0000000
[2414h 9236   2]         Segment Group Number : 0000
[2416h 9238   1]             Start Bus Number : 00
[2417h 9239   1]               End Bus Number : FF
[2418h 9240   4]                     Reserved : 00000000

[241Ch 9244   8]                 Base Address : 00000000B0000000
[2424h 9252   2]         Segment Group Number : 0000
[2426h 9254   1]             Start Bus Number : 00
[2427h 9255   1]               End Bus Number : FF
[2428h 9256   4]                     Reserved : 00000000

[242Ch 9260   8]                 Base Address : 00000000B0000000
[2434h 9268   2]         Segment Group Number : 0000
[2436h 9270   1]             Start Bus Number : 00
[2437h 9271   1]               End Bus Number : FF
[2438h 9272   4]                     Reserved : 00000000

[243Ch 9276   8]                 Base Address : 00000000B0000000
[2444h 9284   2]         Segment Group Number : 0000
[2446h 9286   1]             Start Bus Number : 00
[2447h 9287   1]               End Bus Number : FF
[2448h 9288   4]                     Reserved : 00000000

[244Ch 9292   8]                 Base Address : 00000000B0000000
[2454h 9300   2]         Segment Group Number : 0000
[2456h 9302   1]             Start Bus Number : 00
[2457h 9303   1]               End Bus Number : FF
[2458h 9304   4]                     Reserved : 00000000

[245Ch 9308   8]                 Base Address : 00000000B0000000
[2464h 9316   2]         Segment Group Number : 0000
[2466h 9318   1]             Start Bus Number : 00
[2467h 9319   1]               End Bus Number : FF
[2468h 9320   4]                     Reserved : 00000000

[246Ch 9324   8]                 Base Address : 00000000B0000000
[2474h 9332   2]         Segment Group Number : 0000
[2476h 9334   1]             Start Bus Number : 00
[2477h 9335   1]               End Bus Number : FF
[2478h 9336   4]                     Reserved : 00000000

[247Ch 9340   8]                 Base Address : 00000000B0000000
[2484h 9348   2]         Segment Group Number : 0000
[2486h 9350   1]             Start Bus Number : 00
[2487h 9351   1]               End Bus Number : FF
[2488h 9352   4]                     Reserved : 00000000

[248Ch 9356   8]                 Base Address : 00000000B0000000
[2494h 9364   2]         Segment Group Number : 0000
[2496h 9366   1]             Start Bus Number : 00
[2497h 9367   1]               End Bus Number : FF
[2498h 9368   4]                     Reserved : 00000000

[249Ch 9372   8]                 Base Address : 00000000B0000000
[24A4h 9380   2]         Segment Group Number : 0000
[24A6h 9382   1]             Start Bus Number : 00
[24A7h 9383   1]               End Bus Number : FF
[24A8h 9384   4]                     Reserved : 00000000

[24ACh 9388   8]                 Base Address : 00000000B0000000
[24B4h 9396   2]         Segment Group Number : 0000
[24B6h 9398   1]             Start Bus Number : 00
[24B7h 9399   1]               End Bus Number : FF
[24B8h 9400   4]                     Reserved : 00000000

[24BCh 9404   8]                 Base Address : 00000000B0000000
[24C4h 9412   2]         Segment Group Number : 0000
[24C6h 9414   1]             Start Bus Number : 00
[24C7h 9415   1]               End Bus Number : FF
[24C8h 9416   4]                     Reserved : 00000000

[24CCh 9420   8]                 Base Address : 00000000B0000000
[24D4h 9428   2]         Segment Group Number : 0000
[24D6h 9430   1]             Start Bus Number : 00
[24D7h 9431   1]               End Bus Number : FF
[24D8h 9432   4]                     Reserved : 00000000

[24DCh 9436   8]                 Base Address : 00000000B0000000
[24E4h 9444   2]         Segment Group Number : 0000
[24E6h 9446   1]             Start Bus Number : 00
[24E7h 9447   1]               End Bus Number : FF
[24E8h 9448   4]                     Reserved : 00000000

[24ECh 9452   8]                 Base Address : 00000000B0000000
[24F4h 9460   2]         Segment Group Number : 0000
[24F6h 9462   1]             Start Bus Number : 00
[24F7h 9463   1]               End Bus Number : FF
[24F8h 9464   4]                     Reserved : 00000000

[24FCh 9468   8]                 Base Address : 00000000B0000000
[2504h 9476   2]         Segment Group Number : 0000
[2506h 9478   1]             Start Bus Number : 00
[2507h 9479   1]               End Bus Number : FF
[2508h 9480   4]                     Reserved : 00000000

[250Ch 9484   8]                 Base Address : 00000000B0000000
[2514h 9492   2]         Segment Group Number : 0000
[2516h 9494   1]             Start Bus Number : 00
[2517h 9495   1]               End Bus Number : FF
[2518h 9496   4]                     Reserved : 00000000

[251Ch 9500   8]                 Base Address : 00000000B0000000
[2524h 9508   2]         Segment Group Number : 0000
[2526h 9510   1]             Start Bus Number : 00
[2527h 9511   1]               End Bus Number : FF
[2528h 9512   4]                     Reserved : 00000000

[252Ch 9516   8]                 Base Address : 00000000B0000000
[2534h 9524   2]         Segment Group Number : 0000
[2536h 9526   1]             Start Bus Number : 00
[2537h 9527   1]               End Bus Number : FF
[2538h 9528   4]                     Reserved : 00000000

[253Ch 9532   8]                 Base Address : 00000000B0000000
[2544h 9540   2]         Segment Group Number : 0000
[2546h 9542   1]             Start Bus Number : 00
[2547h 9543   1]               End Bus Number : FF
[2548h 9544   4]                     Reserved : 00000000

[254Ch 9548   8]                 Base Address : 00000000B0000000
[2554h 9556   2]         Segment Group Number : 0000
[2556h 9558   1]             Start Bus Number : 00
[2557h 9559   1]               End Bus Number : FF
[2558h 9560   4]                     Reserved : 00000000

[255Ch 9564   8]                 Base Address : 00000000B0000000
[2564h 9572   2]         Segment Group Number : 0000
[2566h 9574   1]             Start Bus Number : 00
[2567h 9575   1]               End Bus Number : FF
[2568h 9576   4]                     Reserved : 00000000

[256Ch 9580   8]                 Base Address : 00000000B0000000
[2574h 9588   2]         Segment Group Number : 0000
[2576h 9590   1]             Start Bus Number : 00
[2577h 9591   1]               End Bus Number : FF
[2578h 9592   4]                     Reserved : 00000000

[257Ch 9596   8]                 Base Address : 00000000B0000000
[2584h 9604   2]         Segment Group Number : 0000
[2586h 9606   1]             Start Bus Number : 00
[2587h 9607   1]               End Bus Number : FF
[2588h 9608   4]                     Reserved : 00000000

[258Ch 9612   8]                 Base Address : 00000000B0000000
[2594h 9620   2]         Segment Group Number : 0000
[2596h 9622   1]             Start Bus Number : 00
[2597h 9623   1]               End Bus Number : FF
[2598h 9624   4]                     Reserved : 00000000

[259Ch 9628   8]                 Base Address : 00000000B0000000
[25A4h 9636   2]         Segment Group Number : 0000
[25A6h 9638   1]             Start Bus Number : 00
[25A7h 9639   1]               End Bus Number : FF
[25A8h 9640   4]                     Reserved : 00000000

[25ACh 9644   8]                 Base Address : 00000000B0000000
[25B4h 9652   2]         Segment Group Number : 0000
[25B6h 9654   1]             Start Bus Number : 00
[25B7h 9655   1]               End Bus Number : FF
[25B8h 9656   4]                     Reserved : 00000000

[25BCh 9660   8]                 Base Address : 00000000B0000000
[25C4h 9668   2]         Segment Group Number : 0000
[25C6h 9670   1]             Start Bus Number : 00
[25C7h 9671   1]               End Bus Number : FF
[25C8h 9672   4]                     Reserved : 00000000

[25CCh 9676   8]                 Base Address : 00000000B0000000
[25D4h 9684   2]         Segment Group Number : 0000
[25D6h 9686   1]             Start Bus Number : 00
[25D7h 9687   1]               End Bus Number : FF
[25D8h 9688   4]                     Reserved : 00000000

[25DCh 9692   8]                 Base Address : 00000000B0000000
[25E4h 9700   2]         Segment Group Number : 0000
[25E6h 9702   1]             Start Bus Number : 00
[25E7h 9703   1]               End Bus Number : FF
[25E8h 9704   4]                     Reserved : 00000000

[25ECh 9708   8]                 Base Address : 00000000B0000000
[25F4h 9716   2]         Segment Group Number : 0000
[25F6h 9718   1]             Start Bus Number : 00
[25F7h 9719   1]               End Bus Number : FF
[25F8h 9720   4]                     Reserved : 00000000

[25FCh 9724   8]                 Base Address : 00000000B0000000
[2604h 9732   2]         Segment Group Number : 0000
[2606h 9734   1]             Start Bus Number : 00
[2607h 9735   1]               End Bus Number : FF
[2608h 9736   4]                     Reserved : 00000000

[260Ch 9740   8]                 Base Address : 00000000B0000000
[2614h 9748   2]         Segment Group Number : 0000
[2616h 9750   1]             Start Bus Number : 00
[2617h 9751   1]               End Bus Number : FF
[2618h 9752   4]                     Reserved : 00000000

[261Ch 9756   8]                 Base Address : 00000000B0000000
[2624h 9764   2]         Segment Group Number : 0000
[2626h 9766   1]             Start Bus Number : 00
[2627h 9767   1]               End Bus Number : FF
[2628h 9768   4]                     Reserved : 00000000

[262Ch 9772   8]                 Base Address : 00000000B0000000
[2634h 9780   2]         Segment Group Number : 0000
[2636h 9782   1]             Start Bus Number : 00
[2637h 9783   1]               End Bus Number : FF
[2638h 9784   4]                     Reserved : 00000000

[263Ch 9788   8]                 Base Address : 00000000B0000000
[2644h 9796   2]         Segment Group Number : 0000
[2646h 9798   1]             Start Bus Number : 00
[2647h 9799   1]               End Bus Number : FF
[2648h 9800   4]                     Reserved : 00000000

[264Ch 9804   8]                 Base Address : 00000000B0000000
[2654h 9812   2]         Segment Group Number : 0000
[2656h 9814   1]             Start Bus Number : 00
[2657h 9815   1]               End Bus Number : FF
[2658h 9816   4]                     Reserved : 00000000

[265Ch 9820   8]                 Base Address : 00000000B0000000
[2664h 9828   2]         Segment Group Number : 0000
[2666h 9830   1]             Start Bus Number : 00
[2667h 9831   1]               End Bus Number : FF
[2668h 9832   4]                     Reserved : 00000000

[266Ch 9836   8]                 Base Address : 00000000B0000000
[2674h 9844   2]         Segment Group Number : 0000
[2676h 9846   1]             Start Bus Number : 00
[2677h 9847   1]               End Bus Number : FF
[2678h 9848   4]                     Reserved : 00000000

[267Ch 9852   8]                 Base Address : 00000000B0000000
[2684h 9860   2]         Segment Group Number : 0000
[2686h 9862   1]             Start Bus Number : 00
[2687h 9863   1]               End Bus Number : FF
[2688h 9864   4]                     Reserved : 00000000

[268Ch 9868   8]                 Base Address : 00000000B0000000
[2694h 9876   2]         Segment Group Number : 0000
[2696h 9878   1]             Start Bus Number : 00
[2697h 9879   1]               End Bus Number : FF
[2698h 9880   4]                     Reserved : 00000000

[269Ch 9884   8]                 Base Address : 00000000B0000000
[26A4h 9892   2]         Segment Group Number : 0000
[26A6h 9894   1]             Start Bus Number : 00
[26A7h 9895   1]               End Bus Number : FF
[26A8h 9896   4]                     Reserved : 00000000

[26ACh 9900   8]                 Base Address : 00000000B0000000
[26B4h 9908   2]         Segment Group Number : 0000
[26B6h 9910   1]             Start Bus Number : 00
[26B7h 9911   1]               End Bus Number : FF
[26B8h 9912   4]                     Reserved : 00000000

[26BCh 9916   8]                 Base Address : 00000000B0000000
[26C4h 9924   2]         Segment Group Number : 0000
[26C6h 9926   1]             Start Bus Number : 00
[26C7h 9927   1]               End Bus Number : FF
[26C8h 9928   4]                     Reserved : 00000000

[26CCh 9932   8]                 Base Address : 00000000B0000000
[26D4h 9940   2]         Segment Group Number : 0000
[26D6h 9942   1]             Start Bus Number : 00
[26D7h 9943   1]               End Bus Number : FF
[26D8h 9944   4]                     Reserved : 00000000

[26DCh 9948   8]                 Base Address : 00000000B0000000
[26E4h 9956   2]         Segment Group Number : 0000
[26E6h 9958   1]             Start Bus Number : 00
[26E7h 9959   1]               End Bus Number : FF
[26E8h 9960   4]                     Reserved : 00000000

[26ECh 9964   8]                 Base Address : 00000000B0000000
[26F4h 9972   2]         Segment Group Number : 0000
[26F6h 9974   1]             Start Bus Number : 00
[26F7h 9975   1]               End Bus Number : FF
[26F8h 9976   4]                     Reserved : 00000000

[26FCh 9980   8]                 Base Address : 00000000B0000000
[2704h 9988   2]         Segment Group Number : 0000
[2706h 9990   1]             Start Bus Number : 00
[2707h 9991   1]               End Bus Number : FF
[2708h 9992   4]                     Reserved : 00000000

[270Ch 9996   8]                 Base Address : 00000000B0000000
[2714h 10004   2]         Segment Group Number : 0000
[2716h 10006   1]             Start Bus Number : 00
[2717h 10007   1]               End Bus Number : FF
[2718h 10008   4]                     Reserved : 00000000

[271Ch 10012   8]                 Base Address : 00000000B0000000
[2724h 10020   2]         Segment Group Number : 0000
[2726h 10022   1]             Start Bus Number : 00
[2727h 10023   1]               End Bus Number : FF
[2728h 10024   4]                     Reserved : 00000000

[272Ch 10028   8]                 Base Address : 00000000B0000000
[2734h 10036   2]         Segment Group Number : 0000
[2736h 10038   1]             Start Bus Number : 00
[2737h 10039   1]               End Bus Number : FF
[2738h 10040   4]                     Reserved : 00000000

[273Ch 10044   8]                 Base Address : 00000000B0000000
[2744h 10052   2]         Segment Group Number : 0000
[2746h 10054   1]             Start Bus Number : 00
[2747h 10055   1]               End Bus Number : FF
[2748h 10056   4]                     Reserved : 00000000

[274Ch 10060   8]                 Base Address : 00000000B0000000
[2754h 10068   2]         Segment Group Number : 0000
[2756h 10070   1]             Start Bus Number : 00
[2757h 10071   1]               End Bus Number : FF
[2758h 10072   4]                     Reserved : 00000000

[275Ch 10076   8]                 Base Address : 00000000B0000000
[2764h 10084   2]         Segment Group Number : 0000
[2766h 10086   1]             Start Bus Number : 00
[2767h 10087   1]               End Bus Number : FF
[2768h 10088   4]                     Reserved : 00000000

[276Ch 10092   8]                 Base Address : 00000000B0000000
[2774h 10100   2]         Segment Group Number : 0000
[2776h 10102   1]             Start Bus Number : 00
[2777h 10103   1]               End Bus Number : FF
[2778h 10104   4]                     Reserved : 00000000

[277Ch 10108   8]                 Base Address : 00000000B0000000
[2784h 10116   2]         Segment Group Number : 0000
[2786h 10118   1]             Start Bus Number : 00
[2787h 10119   1]               End Bus Number : FF
[2788h 10120   4]                     Reserved : 00000000

[278Ch 10124   8]                 Base Address : 00000000B0000000
[2794h 10132   2]         Segment Group Number : 0000
[2796h 10134   1]             Start Bus Number : 00
[2797h 10135   1]               End Bus Number : FF
[2798h 10136   4]                     Reserved : 00000000

[279Ch 10140   8]                 Base Address : 00000000B0000000
[27A4h 10148   2]         Segment Group Number : 0000
[27A6h 10150   1]             Start Bus Number : 00
[27A7h 10151   1]               End Bus Number : FF
[27A8h 10152   4]                     Reserved : 00000000

[27ACh 10156   8]                 Base Address : 00000000B0000000
[27B4h 10164   2]         Segment Group Number : 0000
[27B6h 10166   1]             Start Bus Number : 00
[27B7h 10167   1]               End Bus Number : FF
[27B8h 10168   4]                     Reserved : 00000000

[27BCh 10172   8]                 Base Address : 00000000B0000000
[27C4h 10180   2]         Segment Group Number : 0000
[27C6h 10182   1]             Start Bus Number : 00
[27C7h 10183   1]               End Bus Number : FF
[27C8h 10184   4]                     Reserved : 00000000

[27CCh 10188   8]                 Base Address : 00000000B0000000
[27D4h 10196   2]         Segment Group Number : 0000
[27D6h 10198   1]             Start Bus Number : 00
[27D7h 10199   1]               End Bus Number : FF
[27D8h 10200   4]                     Reserved : 00000000

[27DCh 10204   8]                 Base Address : 00000000B0000000
[27E4h 10212   2]         Segment Group Number : 0000
[27E6h 10214   1]             Start Bus Number : 00
[27E7h 10215   1]               End Bus Number : FF
[27E8h 10216   4]                     Reserved : 00000000

[27ECh 10220   8]                 Base Address : 00000000B0000000
[27F4h 10228   2]         Segment Group Number : 0000
[27F6h 10230   1]             Start Bus Number : 00
[27F7h 10231   1]               End Bus Number : FF
[27F8h 10232   4]                     Reserved : 00000000

[27FCh 10236   8]                 Base Address : 00000000B0000000
[2804h 10244   2]         Segment Group Number : 0000
[2806h 10246   1]             Start Bus Number : 00
[2807h 10247   1]               End Bus Number : FF
[2808h 10248   4]                     Reserved : 00000000

[280Ch 10252   8]                 Base Address : 00000000B0000000
[2814h 10260   2]         Segment Group Number : 0000
[2816h 10262   1]             Start Bus Number : 00
[2817h 10263   1]               End Bus Number : FF
[2818h 10264   4]                     Reserved : 00000000

[281Ch 10268   8]                 Base Address : 00000000B0000000
[2824h 10276   2]         Segment Group Number : 0000
[2826h 10278   1]             Start Bus Number : 00
[2827h 10279   1]               End Bus Number : FF
[2828h 10280   4]                     Reserved : 00000000

[282Ch 10284   8]                 Base Address : 00000000B0000000
[2834h 10292   2]         Segment Group Number : 0000
[2836h 10294   1]             Start Bus Number : 00
[2837h 10295   1]               End Bus Number : FF
[2838h 10296   4]                     Reserved : 00000000

[283Ch 10300   8]                 Base Address : 00000000B0000000
[2844h 10308   2]         Segment Group Number : 0000
[2846h 10310   1]             Start Bus Number : 00
[2847h 10311   1]               End Bus Number : FF
[2848h 10312   4]                     Reserved : 00000000

[284Ch 10316   8]                 Base Address : 00000000B0000000
[2854h 10324   2]         Segment Group Number : 0000
[2856h 10326   1]             Start Bus Number : 00
[2857h 10327   1]               End Bus Number : FF
[2858h 10328   4]                     Reserved : 00000000

[285Ch 10332   8]                 Base Address : 00000000B0000000
[2864h 10340   2]         Segment Group Number : 0000
[2866h 10342   1]             Start Bus Number : 00
[2867h 10343   1]               End Bus Number : FF
[2868h 10344   4]                     Reserved : 00000000

[286Ch 10348   8]                 Base Address : 00000000B0000000
[2874h 10356   2]         Segment Group Number : 0000
[2876h 10358   1]             Start Bus Number : 00
[2877h 10359   1]               End Bus Number : FF
[2878h 10360   4]                     Reserved : 00000000

[287Ch 10364   8]                 Base Address : 00000000B0000000
[2884h 10372   2]         Segment Group Number : 0000
[2886h 10374   1]             Start Bus Number : 00
[2887h 10375   1]               End Bus Number : FF
[2888h 10376   4]                     Reserved : 00000000

[288Ch 10380   8]                 Base Address : 00000000B0000000
[2894h 10388   2]         Segment Group Number : 0000
[2896h 10390   1]             Start Bus Number : 00
[2897h 10391   1]               End Bus Number : FF
[2898h 10392   4]                     Reserved : 00000000

[289Ch 10396   8]                 Base Address : 00000000B0000000
[28A4h 10404   2]         Segment Group Number : 0000
[28A6h 10406   1]             Start Bus Number : 00
[28A7h 10407   1]               End Bus Number : FF
[28A8h 10408   4]                     Reserved : 00000000

[28ACh 10412   8]                 Base Address : 00000000B0000000
[28B4h 10420   2]         Segment Group Number : 0000
[28B6h 10422   1]             Start Bus Number : 00
[28B7h 10423   1]               End Bus Number : FF
[28B8h 10424   4]                     Reserved : 00000000

[28BCh 10428   8]                 Base Address : 00000000B0000000
[28C4h 10436   2]         Segment Group Number : 0000
[28C6h 10438   1]             Start Bus Number : 00
[28C7h 10439   1]               End Bus Number : FF
[28C8h 10440   4]                     Reserved : 00000000

[28CCh 10444   8]                 Base Address : 00000000B0000000
[28D4h 10452   2]         Segment Group Number : 0000
[28D6h 10454   1]             Start Bus Number : 00
[28D7h 10455   1]               End Bus Number : FF
[28D8h 10456   4]                     Reserved : 00000000

[28DCh 10460   8]                 Base Address : 00000000B0000000
[28E4h 10468   2]         Segment Group Number : 0000
[28E6h 10470   1]             Start Bus Number : 00
[28E7h 10471   1]               End Bus Number : FF
[28E8h 10472   4]                     Reserved : 00000000

[28ECh 10476   8]                 Base Address : 00000000B0000000
[28F4h 10484   2]         Segment Group Number : 0000
[28F6h 10486   1]             Start Bus Number : 00
[28F7h 10487   1]               End Bus Number : FF
[28F8h 10488   4]                     Reserved : 00000000

[28FCh 10492   8]                 Base Address : 00000000B0000000
[2904h 10500   2]         Segment Group Number : 0000
[2906h 10502   1]             Start Bus Number : 00
[2907h 10503   1]               End Bus Number : FF
[2908h 10504   4]                     Reserved : 00000000

[290Ch 10508   8]                 Base Address : 00000000B0000000
[2914h 10516   2]         Segment Group Number : 0000
[2916h 10518   1]             Start Bus Number : 00
[2917h 10519   1]               End Bus Number : FF
[2918h 10520   4]                     Reserved : 00000000

[291Ch 10524   8]                 Base Address : 00000000B0000000
[2924h 10532   2]         Segment Group Number : 0000
[2926h 10534   1]             Start Bus Number : 00
[2927h 10535   1]               End Bus Number : FF
[2928h 10536   4]                     Reserved : 00000000

[292Ch 10540   8]                 Base Address : 00000000B0000000
[2934h 10548   2]         Segment Group Number : 0000
[2936h 10550   1]             Start Bus Number : 00
[2937h 10551   1]               End Bus Number : FF
[2938h 10552   4]                     Reserved : 00000000

[293Ch 10556   8]                 Base Address : 00000000B0000000
[2944h 10564   2]         Segment Group Number : 0000
[2946h 10566   1]             Start Bus Number : 00
[2947h 10567   1]               End Bus Number : FF
[2948h 10568   4]                     Reserved : 00000000

[294Ch 10572   8]                 Base Address : 00000000B0000000
[2954h 10580   2]         Segment Group Number : 0000
[2956h 10582   1]             Start Bus Number : 00
[2957h 10583   1]               End Bus Number : FF
[2958h 10584   4]                     Reserved : 00000000

[295Ch 10588   8]                 Base Address : 00000000B0000000
[2964h 10596   2]         Segment Group Number : 0000
[2966h 10598   1]             Start Bus Number : 00
[2967h 10599   1]               End Bus Number : FF
[2968h 10600   4]                     Reserved : 00000000

[296Ch 10604   8]                 Base Address : 00000000B0000000
[2974h 10612   2]         Segment Group Number : 0000
[2976h 10614   1]             Start Bus Number : 00
[2977h 10615   1]               End Bus Number : FF
[2978h 10616   4]                     Reserved : 00000000

[297Ch 10620   8]                 Base Address : 00000000B0000000
[2984h 10628   2]         Segment Group Number : 0000
[2986h 10630   1]             Start Bus Number : 00
[2987h 10631   1]               End Bus Number : FF
[2988h 10632   4]                     Reserved : 00000000

[298Ch 10636   8]                 Base Address : 00000000B0000000
[2994h 10644   2]         Segment Group Number : 0000
[2996h 10646   1]             Start Bus Number : 00
[2997h 10647   1]               End Bus Number : FF
[2998h 10648   4]                     Reserved : 00000000

[299Ch 10652   8]                 Base Address : 00000000B0000000
[29A4h 10660   2]         Segment Group Number : 0000
[29A6h 10662   1]             Start Bus Number : 00
[29A7h 10663   1]               End Bus Number : FF
[29A8h 10664   4]                     Reserved : 00000000

[29ACh 10668   8]                 Base Address : 00000000B0000000
[29B4h 10676   2]         Segment Group Number : 0000
[29B6h 10678   1]             Start Bus Number : 00
[29B7h 10679   1]               End Bus Number : FF
[29B8h 10680   4]                     Reserved : 00000000

[29BCh 10684   8]                 Base Address : 00000000B0000000
[29C4h 10692   2]         Segment Group Number : 0000
[29C6h 10694   1]             Start Bus Number : 00
[29C7h 10695   1]               End Bus Number : FF
[29C8h 10696   4]                     Reserved : 00000000

[29CCh 10700   8]                 Base Address : 00000000B0000000
[29D4h 10708   2]         Segment Group Number : 0000
[29D6h 10710   1]             Start Bus Number : 00
[29D7h 10711   1]               End Bus Number : FF
[29D8h 10712   4]                     Reserved : 00000000

[29DCh 10716   8]                 Base Address : 00000000B0000000
[29E4h 10724   2]         Segment Group Number : 0000
[29E6h 10726   1]             Start Bus Number : 00
[29E7h 10727   1]               End Bus Number : FF
[29E8h 10728   4]                     Reserved : 00000000

[29ECh 10732   8]                 Base Address : 00000000B0000000
[29F4h 10740   2]         Segment Group Number : 0000
[29F6h 10742   1]             Start Bus Number : 00
[29F7h 10743   1]               End Bus Number : FF
[29F8h 10744   4]                     Reserved : 00000000

[29FCh 10748   8]                 Base Address : 00000000B0000000
[2A04h 10756   2]         Segment Group Number : 0000
[2A06h 10758   1]             Start Bus Number : 00
[2A07h 10759   1]               End Bus Number : FF
[2A08h 10760   4]                     Reserved : 00000000

[2A0Ch 10764   8]                 Base Address : 00000000B0000000
[2A14h 10772   2]         Segment Group Number : 0000
[2A16h 10774   1]             Start Bus Number : 00
[2A17h 10775   1]               End Bus Number : FF
[2A18h 10776   4]                     Reserved : 00000000

[2A1Ch 10780   8]                 Base Address : 00000000B0000000
[2A24h 10788   2]         Segment Group Number : 0000
[2A26h 10790   1]             Start Bus Number : 00
[2A27h 10791   1]               End Bus Number : FF
[2A28h 10792   4]                     Reserved : 00000000

[2A2Ch 10796   8]                 Base Address : 00000000B0000000
[2A34h 10804   2]         Segment Group Number : 0000
[2A36h 10806   1]             Start Bus Number : 00
[2A37h 10807   1]               End Bus Number : FF
[2A38h 10808   4]                     Reserved : 00000000

[2A3Ch 10812   8]                 Base Address : 00000000B0000000
[2A44h 10820   2]         Segment Group Number : 0000
[2A46h 10822   1]             Start Bus Number : 00
[2A47h 10823   1]               End Bus Number : FF
[2A48h 10824   4]                     Reserved : 00000000

[2A4Ch 10828   8]                 Base Address : 00000000B0000000
[2A54h 10836   2]         Segment Group Number : 0000
[2A56h 10838   1]             Start Bus Number : 00
[2A57h 10839   1]               End Bus Number : FF
[2A58h 10840   4]                     Reserved : 00000000

[2A5Ch 10844   8]                 Base Address : 00000000B0000000
[2A64h 10852   2]         Segment Group Number : 0000
[2A66h 10854   1]             Start Bus Number : 00
[2A67h 10855   1]               End Bus Number : FF
[2A68h 10856   4]                     Reserved : 00000000

[2A6Ch 10860   8]                 Base Address : 00000000B0000000
[2A74h 10868   2]         Segment Group Number : 0000
[2A76h 10870   1]             Start Bus Number : 00
[2A77h 10871   1]               End Bus Number : FF
[2A78h 10872   4]                     Reserved : 00000000

[2A7Ch 10876   8]                 Base Address : 00000000B0000000
[2A84h 10884   2]         Segment Group Number : 0000
[2A86h 10886   1]             Start Bus Number : 00
[2A87h 10887   1]               End Bus Number : FF
[2A88h 10888   4]                     Reserved : 00000000

[2A8Ch 10892   8]                 Base Address : 00000000B0000000
[2A94h 10900   2]         Segment Group Number : 0000
[2A96h 10902   1]             Start Bus Number : 00
[2A97h 10903   1]               End Bus Number : FF
[2A98h 10904   4]                     Reserved : 00000000

[2A9Ch 10908   8]                 Base Address : 00000000B0000000
[2AA4h 10916   2]         Segment Group Number : 0000
[2AA6h 10918   1]             Start Bus Number : 00
[2AA7h 10919   1]               End Bus Number : FF
[2AA8h 10920   4]                     Reserved : 00000000

[2AACh 10924   8]                 Base Address : 00000000B0000000
[2AB4h 10932   2]         Segment Group Number : 0000
[2AB6h 10934   1]             Start Bus Number : 00
[2AB7h 10935   1]               End Bus Number : FF
[2AB8h 10936   4]                     Reserved : 00000000

[2ABCh 10940   8]                 Base Address : 00000000B0000000
[2AC4h 10948   2]         Segment Group Number : 0000
[2AC6h 10950   1]             Start Bus Number : 00
[2AC7h 10951   1]               End Bus Number : FF
[2AC8h 10952   4]                     Reserved : 00000000

[2ACCh 10956   8]                 Base Address : 00000000B0000000
[2AD4h 10964   2]         Segment Group Number : 0000
[2AD6h 10966   1]             Start Bus Number : 00
[2AD7h 10967   1]               End Bus Number : FF
[2AD8h 10968   4]                     Reserved : 00000000

[2ADCh 10972   8]                 Base Address : 00000000B0000000
[2AE4h 10980   2]         Segment Group Number : 0000
[2AE6h 10982   1]             Start Bus Number : 00
[2AE7h 10983   1]               End Bus Number : FF
[2AE8h 10984   4]                     Reserved : 00000000

[2AECh 10988   8]                 Base Address : 00000000B0000000
[2AF4h 10996   2]         Segment Group Number : 0000
[2AF6h 10998   1]             Start Bus Number : 00
[2AF7h 10999   1]               End Bus Number : FF
[2AF8h 11000   4]                     Reserved : 00000000

[2AFCh 11004   8]                 Base Address : 00000000B0000000
[2B04h 11012   2]         Segment Group Number : 0000
[2B06h 11014   1]             Start Bus Number : 00
[2B07h 11015   1]               End Bus Number : FF
[2B08h 11016   4]                     Reserved : 00000000

[2B0Ch 11020   8]                 Base Address : 00000000B0000000
[2B14h 11028   2]         Segment Group Number : 0000
[2B16h 11030   1]             Start Bus Number : 00
[2B17h 11031   1]               End Bus Number : FF
[2B18h 11032   4]                     Reserved : 00000000

[2B1Ch 11036   8]                 Base Address : 00000000B0000000
[2B24h 11044   2]         Segment Group Number : 0000
[2B26h 11046   1]             Start Bus Number : 00
[2B27h 11047   1]               End Bus Number : FF
[2B28h 11048   4]                     Reserved : 00000000

[2B2Ch 11052   8]                 Base Address : 00000000B0000000
[2B34h 11060   2]         Segment Group Number : 0000
[2B36h 11062   1]             Start Bus Number : 00
[2B37h 11063   1]               End Bus Number : FF
[2B38h 11064   4]                     Reserved : 00000000

[2B3Ch 11068   8]                 Base Address : 00000000B0000000
[2B44h 11076   2]         Segment Group Number : 0000
[2B46h 11078   1]             Start Bus Number : 00
[2B47h 11079   1]               End Bus Number : FF
[2B48h 11080   4]                     Reserved : 00000000

[2B4Ch 11084   8]                 Base Address : 00000000B0000000
[2B54h 11092   2]         Segment Group Number : 0000
[2B56h 11094   1]             Start Bus Number : 00
[2B57h 11095   1]               End Bus Number : FF
[2B58h 11096   4]                     Reserved : 00000000

[2B5Ch 11100   8]                 Base Address : 00000000B0000000
[2B64h 11108   2]         Segment Group Number : 0000
[2B66h 11110   1]             Start Bus Number : 00
[2B67h 11111   1]               End Bus Number : FF
[2B68h 11112   4]                     Reserved : 00000000

[2B6Ch 11116   8]                 Base Address : 00000000B0000000
[2B74h 11124   2]         Segment Group Number : 0000
[2B76h 11126   1]             Start Bus Number : 00
[2B77h 11127   1]               End Bus Number : FF
[2B78h 11128   4]                     Reserved : 00000000

[2B7Ch 11132   8]                 Base Address : 00000000B0000000
[2B84h 11140   2]         Segment Group Number : 0000
[2B86h 11142   1]             Start Bus Number : 00
[2B87h 11143   1]               End Bus Number : FF
[2B88h 11144   4]                     Reserved : 00000000

[2B8Ch 11148   8]                 Base Address : 00000000B0000000
[2B94h 11156   2]         Segment Group Number : 0000
[2B96h 11158   1]             Start Bus Number : 00
[2B97h 11159   1]               End Bus Number : FF
[2B98h 11160   4]                     Reserved : 00000000

[2B9Ch 11164   8]                 Base Address : 00000000B0000000
[2BA4h 11172   2]         Segment Group Number : 0000
[2BA6h 11174   1]             Start Bus Number : 00
[2BA7h 11175   1]               End Bus Number : FF
[2BA8h 11176   4]                     Reserved : 00000000

[2BACh 11180   8]                 Base Address : 00000000B0000000
[2BB4h 11188   2]         Segment Group Number : 0000
[2BB6h 11190   1]             Start Bus Number : 00
[2BB7h 11191   1]               End Bus Number : FF
[2BB8h 11192   4]                     Reserved : 00000000

[2BBCh 11196   8]                 Base Address : 00000000B0000000
[2BC4h 11204   2]         Segment Group Number : 0000
[2BC6h 11206   1]             Start Bus Number : 00
[2BC7h 11207   1]               End Bus Number : FF
[2BC8h 11208   4]                     Reserved : 00000000

[2BCCh 11212   8]                 Base Address : 00000000B0000000
[2BD4h 11220   2]         Segment Group Number : 0000
[2BD6h 11222   1]             Start Bus Number : 00
[2BD7h 11223   1]               End Bus Number : FF
[2BD8h 11224   4]                     Reserved : 00000000

[2BDCh 11228   8]                 Base Address : 00000000B0000000
[2BE4h 11236   2]         Segment Group Number : 0000
[2BE6h 11238   1]             Start Bus Number : 00
[2BE7h 11239   1]               End Bus Number : FF
[2BE8h 11240   4]                     Reserved : 00000000

[2BECh 11244   8]                 Base Address : 00000000B0000000
[2BF4h 11252   2]         Segment Group Number : 0000
[2BF6h 11254   1]             Start Bus Number : 00
[2BF7h 11255   1]               End Bus Number : FF
[2BF8h 11256   4]                     Reserved : 00000000

[2BFCh 11260   8]                 Base Address : 00000000B0000000
[2C04h 11268   2]         Segment Group Number : 0000
[2C06h 11270   1]             Start Bus Number : 00
[2C07h 11271   1]               End Bus Number : FF
[2C08h 11272   4]                     Reserved : 00000000

[2C0Ch 11276   8]                 Base Address : 00000000B0000000
[2C14h 11284   2]         Segment Group Number : 0000
[2C16h 11286   1]             Start Bus Number : 00
[2C17h 11287   1]               End Bus Number : FF
[2C18h 11288   4]                     Reserved : 00000000

[2C1Ch 11292   8]                 Base Address : 00000000B0000000
[2C24h 11300   2]         Segment Group Number : 0000
[2C26h 11302   1]             Start Bus Number : 00
[2C27h 11303   1]               End Bus Number : FF
[2C28h 11304   4]                     Reserved : 00000000

[2C2Ch 11308   8]                 Base Address : 00000000B0000000
[2C34h 11316   2]         Segment Group Number : 0000
[2C36h 11318   1]             Start Bus Number : 00
[2C37h 11319   1]               End Bus Number : FF
[2C38h 11320   4]                     Reserved : 00000000

[2C3Ch 11324   8]                 Base Address : 00000000B0000000
[2C44h 11332   2]         Segment Group Number : 0000
[2C46h 11334   1]             Start Bus Number : 00
[2C47h 11335   1]               End Bus Number : FF
[2C48h 11336   4]                     Reserved : 00000000

[2C4Ch 11340   8]                 Base Address : 00000000B0000000
[2C54h 11348   2]         Segment Group Number : 0000
[2C56h 11350   1]             Start Bus Number : 00
[2C57h 11351   1]               End Bus Number : FF
[2C58h 11352   4]                     Reserved : 00000000

[2C5Ch 11356   8]                 Base Address : 00000000B0000000
[2C64h 11364   2]         Segment Group Number : 0000
[2C66h 11366   1]             Start Bus Number : 00
[2C67h 11367   1]               End Bus Number : FF
[2C68h 11368   4]                     Reserved : 00000000

[2C6Ch 11372   8]                 Base Address : 00000000B0000000
[2C74h 11380   2]         Segment Group Number : 0000
[2C76h 11382   1]             Start Bus Number : 00
[2C77h 11383   1]               End Bus Number : FF
[2C78h 11384   4]                     Reserved : 00000000

[2C7Ch 11388   8]                 Base Address : 00000000B0000000
[2C84h 11396   2]         Segment Group Number : 0000
[2C86h 11398   1]             Start Bus Number : 00
[2C87h 11399   1]               End Bus Number : FF
[2C88h 11400   4]                     Reserved : 00000000

[2C8Ch 11404   8]                 Base Address : 00000000B0000000
[2C94h 11412   2]         Segment Group Number : 0000
[2C96h 11414   1]             Start Bus Number : 00
[2C97h 11415   1]               End Bus Number : FF
[2C98h 11416   4]                     Reserved : 00000000

[2C9Ch 11420   8]                 Base Address : 00000000B0000000
[2CA4h 11428   2]         Segment Group Number : 0000
[2CA6h 11430   1]             Start Bus Number : 00
[2CA7h 11431   1]               End Bus Number : FF
[2CA8h 11432   4]                     Reserved : 00000000

[2CACh 11436   8]                 Base Address : 00000000B0000000
[2CB4h 11444   2]         Segment Group Number : 0000
[2CB6h 11446   1]             Start Bus Number : 00
[2CB7h 11447   1]               End Bus Number : FF
[2CB8h 11448   4]                     Reserved : 00000000

[2CBCh 11452   8]                 Base Address : 00000000B0000000
[2CC4h 11460   2]         Segment Group Number : 0000
[2CC6h 11462   1]             Start Bus Number : 00
[2CC7h 11463   1]               End Bus Number : FF
[2CC8h 11464   4]                     Reserved : 00000000

[2CCCh 11468   8]                 Base Address : 00000000B0000000
[2CD4h 11476   2]         Segment Group Number : 0000
[2CD6h 11478   1]             Start Bus Number : 00
[2CD7h 11479   1]               End Bus Number : FF
[2CD8h 11480   4]                     Reserved : 00000000

[2CDCh 11484   8]                 Base Address : 00000000B0000000
[2CE4h 11492   2]         Segment Group Number : 0000
[2CE6h 11494   1]             Start Bus Number : 00
[2CE7h 11495   1]               End Bus Number : FF
[2CE8h 11496   4]                     Reserved : 00000000

[2CECh 11500   8]                 Base Address : 00000000B0000000
[2CF4h 11508   2]         Segment Group Number : 0000
[2CF6h 11510   1]             Start Bus Number : 00
[2CF7h 11511   1]               End Bus Number : FF
[2CF8h 11512   4]                     Reserved : 00000000

[2CFCh 11516   8]                 Base Address : 00000000B0000000
[2D04h 11524   2]         Segment Group Number : 0000
[2D06h 11526   1]             Start Bus Number : 00
[2D07h 11527   1]               End Bus Number : FF
[2D08h 11528   4]                     Reserved : 00000000

[2D0Ch 11532   8]                 Base Address : 00000000B0000000
[2D14h 11540   2]         Segment Group Number : 0000
[2D16h 11542   1]             Start Bus Number : 00
[2D17h 11543   1]               End Bus Number : FF
[2D18h 11544   4]                     Reserved : 00000000

[2D1Ch 11548   8]                 Base Address : 00000000B0000000
[2D24h 11556   2]         Segment Group Number : 0000
[2D26h 11558   1]             Start Bus Number : 00
[2D27h 11559   1]               End Bus Number : FF
[2D28h 11560   4]                     Reserved : 00000000

[2D2Ch 11564   8]                 Base Address : 00000000B0000000
[2D34h 11572   2]         Segment Group Number : 0000
[2D36h 11574   1]             Start Bus Number : 00
[2D37h 11575   1]               End Bus Number : FF
[2D38h 11576   4]                     Reserved : 00000000

[2D3Ch 11580   8]                 Base Address : 00000000B0000000
[2D44h 11588   2]         Segment Group Number : 0000
[2D46h 11590   1]             Start Bus Number : 00
[2D47h 11591   1]               End Bus Number : FF
[2D48h 11592   4]                     Reserved : 00000000

[2D4Ch 11596   8]                 Base Address : 00000000B0000000
[2D54h 11604   2]         Segment Group Number : 0000
[2D56h 11606   1]             Start Bus Number : 00
[2D57h 11607   1]               End Bus Number : FF
[2D58h 11608   4]                     Reserved : 00000000

[2D5Ch 11612   8]                 Base Address : 00000000B0000000
[2D64h 11620   2]         Segment Group Number : 0000
[2D66h 11622   1]             Start Bus Number : 00
[2D67h 11623   1]               End Bus Number : FF
[2D68h 11624   4]                     Reserved : 00000000

[2D6Ch 11628   8]                 Base Address : 00000000B0000000
[2D74h 11636   2]         Segment Group Number : 0000
[2D76h 11638   1]             Start Bus Number : 00
[2D77h 11639   1]               End Bus Number : FF
[2D78h 11640   4]                     Reserved : 00000000

[2D7Ch 11644   8]                 Base Address : 00000000B0000000
[2D84h 11652   2]         Segment Group Number : 0000
[2D86h 11654   1]             Start Bus Number : 00
[2D87h 11655   1]               End Bus Number : FF
[2D88h 11656   4]                     Reserved : 00000000

[2D8Ch 11660   8]                 Base Address : 00000000B0000000
[2D94h 11668   2]         Segment Group Number : 0000
[2D96h 11670   1]             Start Bus Number : 00
[2D97h 11671   1]               End Bus Number : FF
[2D98h 11672   4]                     Reserved : 00000000

[2D9Ch 11676   8]                 Base Address : 00000000B0000000
[2DA4h 11684   2]         Segment Group Number : 0000
[2DA6h 11686   1]             Start Bus Number : 00
[2DA7h 11687   1]               End Bus Number : FF
[2DA8h 11688   4]                     Reserved : 00000000

[2DACh 11692   8]                 Base Address : 00000000B0000000
[2DB4h 11700   2]         Segment Group Number : 0000
[2DB6h 11702   1]             Start Bus Number : 00
[2DB7h 11703   1]               End Bus Number : FF
[2DB8h 11704   4]                     Reserved : 00000000

[2DBCh 11708   8]                 Base Address : 00000000B0000000
[2DC4h 11716   2]         Segment Group Number : 0000
[2DC6h 11718   1]             Start Bus Number : 00
[2DC7h 11719   1]               End Bus Number : FF
[2DC8h 11720   4]                     Reserved : 00000000

[2DCCh 11724   8]                 Base Address : 00000000B0000000
[2DD4h 11732   2]         Segment Group Number : 0000
[2DD6h 11734   1]             Start Bus Number : 00
[2DD7h 11735   1]               End Bus Number : FF
[2DD8h 11736   4]                     Reserved : 00000000

[2DDCh 11740   8]                 Base Address : 00000000B0000000
[2DE4h 11748   2]         Segment Group Number : 0000
[2DE6h 11750   1]             Start Bus Number : 00
[2DE7h 11751   1]               End Bus Number : FF
[2DE8h 11752   4]                     Reserved : 00000000

[2DECh 11756   8]                 Base Address : 00000000B0000000
[2DF4h 11764   2]         Segment Group Number : 0000
[2DF6h 11766   1]             Start Bus Number : 00
[2DF7h 11767   1]               End Bus Number : FF
[2DF8h 11768   4]                     Reserved : 00000000

[2DFCh 11772   8]                 Base Address : 00000000B0000000
[2E04h 11780   2]         Segment Group Number : 0000
[2E06h 11782   1]             Start Bus Number : 00
[2E07h 11783   1]               End Bus Number : FF
[2E08h 11784   4]                     Reserved : 00000000

[2E0Ch 11788   8]                 Base Address : 00000000B0000000
[2E14h 11796   2]         Segment Group Number : 0000
[2E16h 11798   1]             Start Bus Number : 00
[2E17h 11799   1]               End Bus Number : FF
[2E18h 11800   4]                     Reserved : 00000000

[2E1Ch 11804   8]                 Base Address : 00000000B0000000
[2E24h 11812   2]         Segment Group Number : 0000
[2E26h 11814   1]             Start Bus Number : 00
[2E27h 11815   1]               End Bus Number : FF
[2E28h 11816   4]                     Reserved : 00000000

[2E2Ch 11820   8]                 Base Address : 00000000B0000000
[2E34h 11828   2]         Segment Group Number : 0000
[2E36h 11830   1]             Start Bus Number : 00
[2E37h 11831   1]               End Bus Number : FF
[2E38h 11832   4]                     Reserved : 00000000

[2E3Ch 11836   8]                 Base Address : 00000000B0000000
[2E44h 11844   2]         Segment Group Number : 0000
[2E46h 11846   1]             Start Bus Number : 00
[2E47h 11847   1]               End Bus Number : FF
[2E48h 11848   4]                     Reserved : 00000000

[2E4Ch 11852   8]                 Base Address : 00000000B0000000
[2E54h 11860   2]         Segment Group Number : 0000
[2E56h 11862   1]             Start Bus Number : 00
[2E57h 11863   1]               End Bus Number : FF
[2E58h 11864   4]                     Reserved : 00000000

[2E5Ch 11868   8]                 Base Address : 00000000B0000000
[2E64h 11876   2]         Segment Group Number : 0000
[2E66h 11878   1]             Start Bus Number : 00
[2E67h 11879   1]               End Bus Number : FF
[2E68h 11880   4]                     Reserved : 00000000

[2E6Ch 11884   8]                 Base Address : 00000000B0000000
[2E74h 11892   2]         Segment Group Number : 0000
[2E76h 11894   1]             Start Bus Number : 00
[2E77h 11895   1]               End Bus Number : FF
[2E78h 11896   4]                     Reserved : 00000000

[2E7Ch 11900   8]                 Base Address : 00000000B0000000
[2E84h 11908   2]         Segment Group Number : 0000
[2E86h 11910   1]             Start Bus Number : 00
[2E87h 11911   1]               End Bus Number : FF
[2E88h 11912   4]                     Reserved : 00000000

[2E8Ch 11916   8]                 Base Address : 00000000B0000000
[2E94h 11924   2]         Segment Group Number : 0000
[2E96h 11926   1]             Start Bus Number : 00
[2E97h 11927   1]               End Bus Number : FF
[2E98h 11928   4]                     Reserved : 00000000

[2E9Ch 11932   8]                 Base Address : 00000000B0000000
[2EA4h 11940   2]         Segment Group Number : 0000
[2EA6h 11942   1]             Start Bus Number : 00
[2EA7h 11943   1]               End Bus Number : FF
[2EA8h 11944   4]                     Reserved : 00000000

[2EACh 11948   8]                 Base Address : 00000000B0000000
[2EB4h 11956   2]         Segment Group Number : 0000
[2EB6h 11958   1]             Start Bus Number : 00
[2EB7h 11959   1]               End Bus Number : FF
[2EB8h 11960   4]                     Reserved : 00000000

[2EBCh 11964   8]                 Base Address : 00000000B0000000
[2EC4h 11972   2]         Segment Group Number : 0000
[2EC6h 11974   1]             Start Bus Number : 00
[2EC7h 11975   1]               End Bus Number : FF
[2EC8h 11976   4]                     Reserved : 00000000

[2ECCh 11980   8]                 Base Address : 00000000B0000000
[2ED4h 11988   2]         Segment Group Number : 0000
[2ED6h 11990   1]             Start Bus Number : 00
[2ED7h 11991   1]               End Bus Number : FF
[2ED8h 11992   4]                     Reserved : 00000000

[2EDCh 11996   8]                 Base Address : 00000000B0000000
[2EE4h 12004   2]         Segment Group Number : 0000
[2EE6h 12006   1]             Start Bus Number : 00
[2EE7h 12007   1]               End Bus Number : FF
[2EE8h 12008   4]                     Reserved : 00000000

[2EECh 12012   8]                 Base Address : 00000000B0000000
[2EF4h 12020   2]         Segment Group Number : 0000
[2EF6h 12022   1]             Start Bus Number : 00
[2EF7h 12023   1]               End Bus Number : FF
[2EF8h 12024   4]                     Reserved : 00000000

[2EFCh 12028   8]                 Base Address : 00000000B0000000
[2F04h 12036   2]         Segment Group Number : 0000
[2F06h 12038   1]             Start Bus Number : 00
[2F07h 12039   1]               End Bus Number : FF
[2F08h 12040   4]                     Reserved : 00000000

[2F0Ch 12044   8]                 Base Address : 00000000B0000000
[2F14h 12052   2]         Segment Group Number : 0000
[2F16h 12054   1]             Start Bus Number : 00
[2F17h 12055   1]               End Bus Number : FF
[2F18h 12056   4]                     Reserved : 00000000

[2F1Ch 12060   8]                 Base Address : 00000000B0000000
[2F24h 12068   2]         Segment Group Number : 0000
[2F26h 12070   1]             Start Bus Number : 00
[2F27h 12071   1]               End Bus Number : FF
[2F28h 12072   4]                     Reserved : 00000000

[2F2Ch 12076   8]                 Base Address : 00000000B0000000
[2F34h 12084   2]         Segment Group Number : 0000
[2F36h 12086   1]             Start Bus Number : 00
[2F37h 12087   1]               End Bus Number : FF
[2F38h 12088   4]                     Reserved : 00000000

[2F3Ch 12092   8]                 Base Address : 00000000B0000000
[2F44h 12100   2]         Segment Group Number : 0000
[2F46h 12102   1]             Start Bus Number : 00
[2F47h 12103   1]               End Bus Number : FF
[2F48h 12104   4]                     Reserved : 00000000

[2F4Ch 12108   8]                 Base Address : 00000000B0000000
[2F54h 12116   2]         Segment Group Number : 0000
[2F56h 12118   1]             Start Bus Number : 00
[2F57h 12119   1]               End Bus Number : FF
[2F58h 12120   4]                     Reserved : 00000000

[2F5Ch 12124   8]                 Base Address : 00000000B0000000
[2F64h 12132   2]         Segment Group Number : 0000
[2F66h 12134   1]             Start Bus Number : 00
[2F67h 12135   1]               End Bus Number : FF
[2F68h 12136   4]                     Reserved : 00000000

[2F6Ch 12140   8]                 Base Address : 00000000B0000000
[2F74h 12148   2]         Segment Group Number : 0000
[2F76h 12150   1]             Start Bus Number : 00
[2F77h 12151   1]               End Bus Number : FF
[2F78h 12152   4]                     Reserved : 00000000

[2F7Ch 12156   8]                 Base Address : 00000000B0000000
[2F84h 12164   2]         Segment Group Number : 0000
[2F86h 12166   1]             Start Bus Number : 00
[2F87h 12167   1]               End Bus Number : FF
[2F88h 12168   4]                     Reserved : 00000000

[2F8Ch 12172   8]                 Base Address : 00000000B0000000
[2F94h 12180   2]         Segment Group Number : 0000
[2F96h 12182   1]             Start Bus Number : 00
[2F97h 12183   1]               End Bus Number : FF
[2F98h 12184   4]                     Reserved : 00000000

[2F9Ch 12188   8]                 Base Address : 00000000B0000000
[2FA4h 12196   2]         Segment Group Number : 0000
[2FA6h 12198   1]             Start Bus Number : 00
[2FA7h 12199   1]               End Bus Number : FF
[2FA8h 12200   4]                     Reserved : 00000000

[2FACh 12204   8]                 Base Address : 00000000B0000000
[2FB4h 12212   2]         Segment Group Number : 0000
[2FB6h 12214   1]             Start Bus Number : 00
[2FB7h 12215   1]               End Bus Number : FF
[2FB8h 12216   4]                     Reserved : 00000000

[2FBCh 12220   8]                 Base Address : 00000000B0000000
[2FC4h 12228   2]         Segment Group Number : 0000
[2FC6h 12230   1]             Start Bus Number : 00
[2FC7h 12231   1]               End Bus Number : FF
[2FC8h 12232   4]                     Reserved : 00000000

[2FCCh 12236   8]                 Base Address : 00000000B0000000
[2FD4h 12244   2]         Segment Group Number : 0000
[2FD6h 12246   1]             Start Bus Number : 00
[2FD7h 12247   1]               End Bus Number : FF
[2FD8h 12248   4]                     Reserved : 00000000

[2FDCh 12252   8]                 Base Address : 00000000B0000000
[2FE4h 12260   2]         Segment Group Number : 0000
[2FE6h 12262   1]             Start Bus Number : 00
[2FE7h 12263   1]               End Bus Number : FF
[2FE8h 12264   4]                     Reserved : 00000000

[2FECh 12268   8]                 Base Address : 00000000B0000000
[2FF4h 12276   2]         Segment Group Number : 0000
[2FF6h 12278   1]             Start Bus Number : 00
[2FF7h 12279   1]               End Bus Number : FF
[2FF8h 12280   4]                     Reserved : 00000000

[2FFCh 12284   8]                 Base Address : 00000000B0000000
[3004h 12292   2]         Segment Group Number : 0000
[3006h 12294   1]             Start Bus Number : 00
[3007h 12295   1]               End Bus Number : FF
[3008h 12296   4]                     Reserved : 00000000

[300Ch 12300   8]                 Base Address : 00000000B0000000
[3014h 12308   2]         Segment Group Number : 0000
[3016h 12310   1]             Start Bus Number : 00
[3017h 12311   1]               End Bus Number : FF
[3018h 12312   4]                     Reserved : 00000000

[301Ch 12316   8]                 Base Address : 00000000B0000000
[3024h 12324   2]         Segment Group Number : 0000
[3026h 12326   1]             Start Bus Number : 00
[3027h 12327   1]               End Bus Number : FF
[3028h 12328   4]                     Reserved : 00000000

[302Ch 12332   8]                 Base Address : 00000000B0000000
[3034h 12340   2]         Segment Group Number : 0000
[3036h 12342   1]             Start Bus Number : 00
[3037h 12343   1]               End Bus Number : FF
[3038h 12344   4]                     Reserved : 00000000

[303Ch 12348   8]                 Base Address : 00000000B0000000
[3044h 12356   2]         Segment Group Number : 0000
[3046h 12358   1]             Start Bus Number : 00
[3047h 12359   1]               End Bus Number : FF
[3048h 12360   4]                     Reserved : 00000000

[304Ch 12364   8]                 Base Address : 00000000B0000000
[3054h 12372   2]         Segment Group Number : 0000
[3056h 12374   1]             Start Bus Number : 00
[3057h 12375   1]               End Bus Number : FF
[3058h 12376   4]                     Reserved : 00000000

[305Ch 12380   8]                 Base Address : 00000000B0000000
[3064h 12388   2]         Segment Group Number : 0000
[3066h 12390   1]             Start Bus Number : 00
[3067h 12391   1]               End Bus Number : FF
[3068h 12392   4]                     Reserved : 00000000

[306Ch 12396   8]                 Base Address : 00000000B0000000
[3074h 12404   2]         Segment Group Number : 0000
[3076h 12406   1]             Start Bus Number : 00
[3077h 12407   1]               End Bus Number : FF
[3078h 12408   4]                     Reserved : 00000000

[307Ch 12412   8]                 Base Address : 00000000B0000000
[3084h 12420   2]         Segment Group Number : 0000
[3086h 12422   1]             Start Bus Number : 00
[3087h 12423   1]               End Bus Number : FF
[3088h 12424   4]                     Reserved : 00000000

[308Ch 12428   8]                 Base Address : 00000000B0000000
[3094h 12436   2]         Segment Group Number : 0000
[3096h 12438   1]             Start Bus Number : 00
[3097h 12439   1]               End Bus Number : FF
[3098h 12440   4]                     Reserved : 00000000

[309Ch 12444   8]                 Base Address : 00000000B0000000
[30A4h 12452   2]         Segment Group Number : 0000
[30A6h 12454   1]             Start Bus Number : 00
[30A7h 12455   1]               End Bus Number : FF
[30A8h 12456   4]                     Reserved : 00000000

[30ACh 12460   8]                 Base Address : 00000000B0000000
[30B4h 12468   2]         Segment Group Number : 0000
[30B6h 12470   1]             Start Bus Number : 00
[30B7h 12471   1]               End Bus Number : FF
[30B8h 12472   4]                     Reserved : 00000000

[30BCh 12476   8]                 Base Address : 00000000B0000000
[30C4h 12484   2]         Segment Group Number : 0000
[30C6h 12486   1]             Start Bus Number : 00
[30C7h 12487   1]               End Bus Number : FF
[30C8h 12488   4]                     Reserved : 00000000

[30CCh 12492   8]                 Base Address : 00000000B0000000
[30D4h 12500   2]         Segment Group Number : 0000
[30D6h 12502   1]             Start Bus Number : 00
[30D7h 12503   1]               End Bus Number : FF
[30D8h 12504   4]                     Reserved : 00000000

[30DCh 12508   8]                 Base Address : 00000000B0000000
[30E4h 12516   2]         Segment Group Number : 0000
[30E6h 12518   1]             Start Bus Number : 00
[30E7h 12519   1]               End Bus Number : FF
[30E8h 12520   4]                     Reserved : 00000000

[30ECh 12524   8]                 Base Address : 00000000B0000000
[30F4h 12532   2]         Segment Group Number : 0000
[30F6h 12534   1]             Start Bus Number : 00
[30F7h 12535   1]               End Bus Number : FF
[30F8h 12536   4]                     Reserved : 00000000

[30FCh 12540   8]                 Base Address : 00000000B0000000
[3104h 12548   2]         Segment Group Number : 0000
[3106h 12550   1]             Start Bus Number : 00
[3107h 12551   1]               End Bus Number : FF
[3108h 12552   4]                     Reserved : 00000000

[310Ch 12556   8]                 Base Address : 00000000B0000000
[3114h 12564   2]         Segment Group Number : 0000
[3116h 12566   1]             Start Bus Number : 00
[3117h 12567   1]               End Bus Number : FF
[3118h 12568   4]                     Reserved : 00000000

[311Ch 12572   8]                 Base Address : 00000000B0000000
[3124h 12580   2]         Segment Group Number : 0000
[3126h 12582   1]             Start Bus Number : 00
[3127h 12583   1]               End Bus Number : FF
[3128h 12584   4]                     Reserved : 00000000

[312Ch 12588   8]                 Base Address : 00000000B0000000
[3134h 12596   2]         Segment Group Number : 0000
[3136h 12598   1]             Start Bus Number : 00
[3137h 12599   1]               End Bus Number : FF
[3138h 12600   4]                     Reserved : 00000000

[313Ch 12604   8]                 Base Address : 00000000B0000000
[3144h 12612   2]         Segment Group Number : 0000
[3146h 12614   1]             Start Bus Number : 00
[3147h 12615   1]               End Bus Number : FF
[3148h 12616   4]                     Reserved : 00000000

[314Ch 12620   8]                 Base Address : 00000000B0000000
[3154h 12628   2]         Segment Group Number : 0000
[3156h 12630   1]             Start Bus Number : 00
[3157h 12631   1]               End Bus Number : FF
[3158h 12632   4]                     Reserved : 00000000

[315Ch 12636   8]                 Base Address : 00000000B0000000
[3164h 12644   2]         Segment Group Number : 0000
[3166h 12646   1]             Start Bus Number : 00
[3167h 12647   1]               End Bus Number : FF
[3168h 12648   4]                     Reserved : 00000000

[316Ch 12652   8]                 Base Address : 00000000B0000000
[3174h 12660   2]         Segment Group Number : 0000
[3176h 12662   1]             Start Bus Number : 00
[3177h 12663   1]               End Bus Number : FF
[3178h 12664   4]                     Reserved : 00000000

[317Ch 12668   8]                 Base Address : 00000000B0000000
[3184h 12676   2]         Segment Group Number : 0000
[3186h 12678   1]             Start Bus Number : 00
[3187h 12679   1]               End Bus Number : FF
[3188h 12680   4]                     Reserved : 00000000

[318Ch 12684   8]                 Base Address : 00000000B0000000
[3194h 12692   2]         Segment Group Number : 0000
[3196h 12694   1]             Start Bus Number : 00
[3197h 12695   1]               End Bus Number : FF
[3198h 12696   4]                     Reserved : 00000000

[319Ch 12700   8]                 Base Address : 00000000B0000000
[31A4h 12708   2]         Segment Group Number : 0000
[31A6h 12710   1]             Start Bus Number : 00
[31A7h 12711   1]               End Bus Number : FF
[31A8h 12712   4]                     Reserved : 00000000

[31ACh 12716   8]                 Base Address : 00000000B0000000
[31B4h 12724   2]         Segment Group Number : 0000
[31B6h 12726   1]             Start Bus Number : 00
[31B7h 12727   1]               End Bus Number : FF
[31B8h 12728   4]                     Reserved : 00000000

[31BCh 12732   8]                 Base Address : 00000000B0000000
[31C4h 12740   2]         Segment Group Number : 0000
[31C6h 12742   1]             Start Bus Number : 00
[31C7h 12743   1]               End Bus Number : FF
[31C8h 12744   4]                     Reserved : 00000000

[31CCh 12748   8]                 Base Address : 00000000B0000000
[31D4h 12756   2]         Segment Group Number : 0000
[31D6h 12758   1]             Start Bus Number : 00
[31D7h 12759   1]               End Bus Number : FF
[31D8h 12760   4]                     Reserved : 00000000

[31DCh 12764   8]                 Base Address : 00000000B0000000
[31E4h 12772   2]         Segment Group Number : 0000
[31E6h 12774   1]             Start Bus Number : 00
[31E7h 12775   1]               End Bus Number : FF
[31E8h 12776   4]                     Reserved : 00000000

[31ECh 12780   8]                 Base Address : 00000000B0000000
[31F4h 12788   2]         Segment Group Number : 0000
[31F6h 12790   1]             Start Bus Number : 00
[31F7h 12791   1]               End Bus Number : FF
[31F8h 12792   4]                     Reserved : 00000000

[31FCh 12796   8]                 Base Address : 00000000B0000000
[3204h 12804   2]         Segment Group Number : 0000
[3206h 12806   1]             Start Bus Number : 00
[3207h 12807   1]               End Bus Number : FF
[3208h 12808   4]                     Reserved : 00000000

[320Ch 12812   8]                 Base Address : 00000000B0000000
[3214h 12820   2]         Segment Group Number : 0000
[3216h 12822   1]             Start Bus Number : 00
[3217h 12823   1]               End Bus Number : FF
[3218h 12824   4]                     Reserved : 00000000

[321Ch 12828   8]                 Base Address : 00000000B0000000
[3224h 12836   2]         Segment Group Number : 0000
[3226h 12838   1]             Start Bus Number : 00
[3227h 12839   1]               End Bus Number : FF
[3228h 12840   4]                     Reserved : 00000000

[322Ch 12844   8]                 Base Address : 00000000B0000000
[3234h 12852   2]         Segment Group Number : 0000
[3236h 12854   1]             Start Bus Number : 00
[3237h 12855   1]               End Bus Number : FF
[3238h 12856   4]                     Reserved : 00000000

[323Ch 12860   8]                 Base Address : 00000000B0000000
[3244h 12868   2]         Segment Group Number : 0000
[3246h 12870   1]             Start Bus Number : 00
[3247h 12871   1]               End Bus Number : FF
[3248h 12872   4]                     Reserved : 00000000

[324Ch 12876   8]                 Base Address : 00000000B0000000
[3254h 12884   2]         Segment Group Number : 0000
[3256h 12886   1]             Start Bus Number : 00
[3257h 12887   1]               End Bus Number : FF
[3258h 12888   4]                     Reserved : 00000000

[325Ch 12892   8]                 Base Address : 00000000B0000000
[3264h 12900   2]         Segment Group Number : 0000
[3266h 12902   1]             Start Bus Number : 00
[3267h 12903   1]               End Bus Number : FF
[3268h 12904   4]                     Reserved : 00000000

[326Ch 12908   8]                 Base Address : 00000000B0000000
[3274h 12916   2]         Segment Group Number : 0000
[3276h 12918   1]             Start Bus Number : 00
[3277h 12919   1]               End Bus Number : FF
[3278h 12920   4]                     Reserved : 00000000

[327Ch 12924   8]                 Base Address : 00000000B0000000
[3284h 12932   2]         Segment Group Number : 0000
[3286h 12934   1]             Start Bus Number : 00
[3287h 12935   1]               End Bus Number : FF
[3288h 12936   4]                     Reserved : 00000000

[328Ch 12940   8]                 Base Address : 00000000B0000000
[3294h 12948   2]         Segment Group Number : 0000
[3296h 12950   1]             Start Bus Number : 00
[3297h 12951   1]               End Bus Number : FF
[3298h 12952   4]                     Reserved : 00000000

[329Ch 12956   8]                 Base Address : 00000000B0000000
[32A4h 12964   2]         Segment Group Number : 0000
[32A6h 12966   1]             Start Bus Number : 00
[32A7h 12967   1]               End Bus Number : FF
[32A8h 12968   4]                     Reserved : 00000000

[32ACh 12972   8]                 Base Address : 00000000B0000000
[32B4h 12980   2]         Segment Group Number : 0000
[32B6h 12982   1]             Start Bus Number : 00
[32B7h 12983   1]               End Bus Number : FF
[32B8h 12984   4]                     Reserved : 00000000

[32BCh 12988   8]                 Base Address : 00000000B0000000
[32C4h 12996   2]         Segment Group Number : 0000
[32C6h 12998   1]             Start Bus Number : 00
[32C7h 12999   1]               End Bus Number : FF
[32C8h 13000   4]                     Reserved : 00000000

[32CCh 13004   8]                 Base Address : 00000000B0000000
[32D4h 13012   2]         Segment Group Number : 0000
[32D6h 13014   1]             Start Bus Number : 00
[32D7h 13015   1]               End Bus Number : FF
[32D8h 13016   4]                     Reserved : 00000000

[32DCh 13020   8]                 Base Address : 00000000B0000000
[32E4h 13028   2]         Segment Group Number : 0000
[32E6h 13030   1]             Start Bus Number : 00
[32E7h 13031   1]               End Bus Number : FF
[32E8h 13032   4]                     Reserved : 00000000

[32ECh 13036   8]                 Base Address : 00000000B0000000
[32F4h 13044   2]         Segment Group Number : 0000
[32F6h 13046   1]             Start Bus Number : 00
[32F7h 13047   1]               End Bus Number : FF
[32F8h 13048   4]                     Reserved : 00000000

[32FCh 13052   8]                 Base Address : 00000000B0000000
[3304h 13060   2]         Segment Group Number : 0000
[3306h 13062   1]             Start Bus Number : 00
[3307h 13063   1]               End Bus Number : FF
[3308h 13064   4]                     Reserved : 00000000

[330Ch 13068   8]                 Base Address : 00000000B0000000
[3314h 13076   2]         Segment Group Number : 0000
[3316h 13078   1]             Start Bus Number : 00
[3317h 13079   1]               End Bus Number : FF
[3318h 13080   4]                     Reserved : 00000000

[331Ch 13084   8]                 Base Address : 00000000B0000000
[3324h 13092   2]         Segment Group Number : 0000
[3326h 13094   1]             Start Bus Number : 00
[3327h 13095   1]               End Bus Number : FF
[3328h 13096   4]                     Reserved : 00000000

[332Ch 13100   8]                 Base Address : 00000000B0000000
[3334h 13108   2]         Segment Group Number : 0000
[3336h 13110   1]             Start Bus Number : 00
[3337h 13111   1]               End Bus Number : FF
[3338h 13112   4]                     Reserved : 00000000

[333Ch 13116   8]                 Base Address : 00000000B0000000
[3344h 13124   2]         Segment Group Number : 0000
[3346h 13126   1]             Start Bus Number : 00
[3347h 13127   1]               End Bus Number : FF
[3348h 13128   4]                     Reserved : 00000000

[334Ch 13132   8]                 Base Address : 00000000B0000000
[3354h 13140   2]         Segment Group Number : 0000
[3356h 13142   1]             Start Bus Number : 00
[3357h 13143   1]               End Bus Number : FF
[3358h 13144   4]                     Reserved : 00000000

[335Ch 13148   8]                 Base Address : 00000000B0000000
[3364h 13156   2]         Segment Group Number : 0000
[3366h 13158   1]             Start Bus Number : 00
[3367h 13159   1]               End Bus Number : FF
[3368h 13160   4]                     Reserved : 00000000

[336Ch 13164   8]                 Base Address : 00000000B0000000
[3374h 13172   2]         Segment Group Number : 0000
[3376h 13174   1]             Start Bus Number : 00
[3377h 13175   1]               End Bus Number : FF
[3378h 13176   4]                     Reserved : 00000000

[337Ch 13180   8]                 Base Address : 00000000B0000000
[3384h 13188   2]         Segment Group Number : 0000
[3386h 13190   1]             Start Bus Number : 00
[3387h 13191   1]               End Bus Number : FF
[3388h 13192   4]                     Reserved : 00000000

[338Ch 13196   8]                 Base Address : 00000000B0000000
[3394h 13204   2]         Segment Group Number : 0000
[3396h 13206   1]             Start Bus Number : 00
[3397h 13207   1]               End Bus Number : FF
[3398h 13208   4]                     Reserved : 00000000

[339Ch 13212   8]                 Base Address : 00000000B0000000
[33A4h 13220   2]         Segment Group Number : 0000
[33A6h 13222   1]             Start Bus Number : 00
[33A7h 13223   1]               End Bus Number : FF
[33A8h 13224   4]                     Reserved : 00000000

[33ACh 13228   8]                 Base Address : 00000000B0000000
[33B4h 13236   2]         Segment Group Number : 0000
[33B6h 13238   1]             Start Bus Number : 00
[33B7h 13239   1]               End Bus Number : FF
[33B8h 13240   4]                     Reserved : 00000000

[33BCh 13244   8]                 Base Address : 00000000B0000000
[33C4h 13252   2]         Segment Group Number : 0000
[33C6h 13254   1]             Start Bus Number : 00
[33C7h 13255   1]               End Bus Number : FF
[33C8h 13256   4]                     Reserved : 00000000

[33CCh 13260   8]                 Base Address : 00000000B0000000
[33D4h 13268   2]         Segment Group Number : 0000
[33D6h 13270   1]             Start Bus Number : 00
[33D7h 13271   1]               End Bus Number : FF
[33D8h 13272   4]                     Reserved : 00000000

[33DCh 13276   8]                 Base Address : 00000000B0000000
[33E4h 13284   2]         Segment Group Number : 0000
[33E6h 13286   1]             Start Bus Number : 00
[33E7h 13287   1]               End Bus Number : FF
[33E8h 13288   4]                     Reserved : 00000000

[33ECh 13292   8]                 Base Address : 00000000B0000000
[33F4h 13300   2]         Segment Group Number : 0000
[33F6h 13302   1]             Start Bus Number : 00
[33F7h 13303   1]               End Bus Number : FF
[33F8h 13304   4]                     Reserved : 00000000

[33FCh 13308   8]                 Base Address : 00000000B0000000
[3404h 13316   2]         Segment Group Number : 0000
[3406h 13318   1]             Start Bus Number : 00
[3407h 13319   1]               End Bus Number : FF
[3408h 13320   4]                     Reserved : 00000000

[340Ch 13324   8]                 Base Address : 00000000B0000000
[3414h 13332   2]         Segment Group Number : 0000
[3416h 13334   1]             Start Bus Number : 00
[3417h 13335   1]               End Bus Number : FF
[3418h 13336   4]                     Reserved : 00000000

[341Ch 13340   8]                 Base Address : 00000000B0000000
[3424h 13348   2]         Segment Group Number : 0000
[3426h 13350   1]             Start Bus Number : 00
[3427h 13351   1]               End Bus Number : FF
[3428h 13352   4]                     Reserved : 00000000

[342Ch 13356   8]                 Base Address : 00000000B0000000
[3434h 13364   2]         Segment Group Number : 0000
[3436h 13366   1]             Start Bus Number : 00
[3437h 13367   1]               End Bus Number : FF
[3438h 13368   4]                     Reserved : 00000000

[343Ch 13372   8]                 Base Address : 00000000B0000000
[3444h 13380   2]         Segment Group Number : 0000
[3446h 13382   1]             Start Bus Number : 00
[3447h 13383   1]               End Bus Number : FF
[3448h 13384   4]                     Reserved : 00000000

[344Ch 13388   8]                 Base Address : 00000000B0000000
[3454h 13396   2]         Segment Group Number : 0000
[3456h 13398   1]             Start Bus Number : 00
[3457h 13399   1]               End Bus Number : FF
[3458h 13400   4]                     Reserved : 00000000

[345Ch 13404   8]                 Base Address : 00000000B0000000
[3464h 13412   2]         Segment Group Number : 0000
[3466h 13414   1]             Start Bus Number : 00
[3467h 13415   1]               End Bus Number : FF
[3468h 13416   4]                     Reserved : 00000000

[346Ch 13420   8]                 Base Address : 00000000B0000000
[3474h 13428   2]         Segment Group Number : 0000
[3476h 13430   1]             Start Bus Number : 00
[3477h 13431   1]               End Bus Number : FF
[3478h 13432   4]                     Reserved : 00000000

[347Ch 13436   8]                 Base Address : 00000000B0000000
[3484h 13444   2]         Segment Group Number : 0000
[3486h 13446   1]             Start Bus Number : 00
[3487h 13447   1]               End Bus Number : FF
[3488h 13448   4]                     Reserved : 00000000

[348Ch 13452   8]                 Base Address : 00000000B0000000
[3494h 13460   2]         Segment Group Number : 0000
[3496h 13462   1]             Start Bus Number : 00
[3497h 13463   1]               End Bus Number : FF
[3498h 13464   4]                     Reserved : 00000000

[349Ch 13468   8]                 Base Address : 00000000B0000000
[34A4h 13476   2]         Segment Group Number : 0000
[34A6h 13478   1]             Start Bus Number : 00
[34A7h 13479   1]               End Bus Number : FF
[34A8h 13480   4]                     Reserved : 00000000

[34ACh 13484   8]                 Base Address : 00000000B0000000
[34B4h 13492   2]         Segment Group Number : 0000
[34B6h 13494   1]             Start Bus Number : 00
[34B7h 13495   1]               End Bus Number : FF
[34B8h 13496   4]                     Reserved : 00000000

[34BCh 13500   8]                 Base Address : 00000000B0000000
[34C4h 13508   2]         Segment Group Number : 0000
[34C6h 13510   1]             Start Bus Number : 00
[34C7h 13511   1]               End Bus Number : FF
[34C8h 13512   4]                     Reserved : 00000000

[34CCh 13516   8]                 Base Address : 00000000B0000000
[34D4h 13524   2]         Segment Group Number : 0000
[34D6h 13526   1]             Start Bus Number : 00
[34D7h 13527   1]               End Bus Number : FF
[34D8h 13528   4]                     Reserved : 00000000

[34DCh 13532   8]                 Base Address : 00000000B0000000
[34E4h 13540   2]         Segment Group Number : 0000
[34E6h 13542   1]             Start Bus Number : 00
[34E7h 13543   1]               End Bus Number : FF
[34E8h 13544   4]                     Reserved : 00000000

[34ECh 13548   8]                 Base Address : 00000000B0000000
[34F4h 13556   2]         Segment Group Number : 0000
[34F6h 13558   1]             Start Bus Number : 00
[34F7h 13559   1]               End Bus Number : FF
[34F8h 13560   4]                     Reserved : 00000000

[34FCh 13564   8]                 Base Address : 00000000B0000000
[3504h 13572   2]         Segment Group Number : 0000
[3506h 13574   1]             Start Bus Number : 00
[3507h 13575   1]               End Bus Number : FF
[3508h 13576   4]                     Reserved : 00000000

[350Ch 13580   8]                 Base Address : 00000000B0000000
[3514h 13588   2]         Segment Group Number : 0000
[3516h 13590   1]             Start Bus Number : 00
[3517h 13591   1]               End Bus Number : FF
[3518h 13592   4]                     Reserved : 00000000

[351Ch 13596   8]                 Base Address : 00000000B0000000
[3524h 13604   2]         Segment Group Number : 0000
[3526h 13606   1]             Start Bus Number : 00
[3527h 13607   1]               End Bus Number : FF
[3528h 13608   4]                     Reserved : 00000000

[352Ch 13612   8]                 Base Address : 00000000B0000000
[3534h 13620   2]         Segment Group Number : 0000
[3536h 13622   1]             Start Bus Number : 00
[3537h 13623   1]               End Bus Number : FF
[3538h 13624   4]                     Reserved : 00000000

[353Ch 13628   8]                 Base Address : 00000000B0000000
[3544h 13636   2]         Segment Group Number : 0000
[3546h 13638   1]             Start Bus Number : 00
[3547h 13639   1]               End Bus Number : FF
[3548h 13640   4]                     Reserved : 00000000

[354Ch 13644   8]                 Base Address : 00000000B0000000
[3554h 13652   2]         Segment Group Number : 0000
[3556h 13654   1]             Start Bus Number : 00
[3557h 13655   1]               End Bus Number : FF
[3558h 13656   4]                     Reserved : 00000000

[355Ch 13660   8]                 Base Address : 00000000B0000000
[3564h 13668   2]         Segment Group Number : 0000
[3566h 13670   1]             Start Bus Number : 00
[3567h 13671   1]               End Bus Number : FF
[3568h 13672   4]                     Reserved : 00000000

[356Ch 13676   8]                 Base Address : 00000000B0000000
[3574h 13684   2]         Segment Group Number : 0000
[3576h 13686   1]             Start Bus Number : 00
[3577h 13687   1]               End Bus Number : FF
[3578h 13688   4]                     Reserved : 00000000

[357Ch 13692   8]                 Base Address : 00000000B0000000
[3584h 13700   2]         Segment Group Number : 0000
[3586h 13702   1]             Start Bus Number : 00
[3587h 13703   1]               End Bus Number : FF
[3588h 13704   4]                     Reserved : 00000000

[358Ch 13708   8]                 Base Address : 00000000B0000000
[3594h 13716   2]         Segment Group Number : 0000
[3596h 13718   1]             Start Bus Number : 00
[3597h 13719   1]               End Bus Number : FF
[3598h 13720   4]                     Reserved : 00000000

[359Ch 13724   8]                 Base Address : 00000000B0000000
[35A4h 13732   2]         Segment Group Number : 0000
[35A6h 13734   1]             Start Bus Number : 00
[35A7h 13735   1]               End Bus Number : FF
[35A8h 13736   4]                     Reserved : 00000000

[35ACh 13740   8]                 Base Address : 00000000B0000000
[35B4h 13748   2]         Segment Group Number : 0000
[35B6h 13750   1]             Start Bus Number : 00
[35B7h 13751   1]               End Bus Number : FF
[35B8h 13752   4]                     Reserved : 00000000

[35BCh 13756   8]                 Base Address : 00000000B0000000
[35C4h 13764   2]         Segment Group Number : 0000
[35C6h 13766   1]             Start Bus Number : 00
[35C7h 13767   1]               End Bus Number : FF
[35C8h 13768   4]                     Reserved : 00000000

[35CCh 13772   8]                 Base Address : 00000000B0000000
[35D4h 13780   2]         Segment Group Number : 0000
[35D6h 13782   1]             Start Bus Number : 00
[35D7h 13783   1]               End Bus Number : FF
[35D8h 13784   4]                     Reserved : 00000000

[35DCh 13788   8]                 Base Address : 00000000B0000000
[35E4h 13796   2]         Segment Group Number : 0000
[35E6h 13798   1]             Start Bus Number : 00
[35E7h 13799   1]               End Bus Number : FF
[35E8h 13800   4]                     Reserved : 00000000

[35ECh 13804   8]                 Base Address : 00000000B0000000
[35F4h 13812   2]         Segment Group Number : 0000
[35F6h 13814   1]             Start Bus Number : 00
[35F7h 13815   1]               End Bus Number : FF
[35F8h 13816   4]                     Reserved : 00000000

[35FCh 13820   8]                 Base Address : 00000000B0000000
[3604h 13828   2]         Segment Group Number : 0000
[3606h 13830   1]             Start Bus Number : 00
[3607h 13831   1]               End Bus Number : FF
[3608h 13832   4]                     Reserved : 00000000

[360Ch 13836   8]                 Base Address : 00000000B0000000
[3614h 13844   2]         Segment Group Number : 0000
[3616h 13846   1]             Start Bus Number : 00
[3617h 13847   1]               End Bus Number : FF
[3618h 13848   4]                     Reserved : 00000000

[361Ch 13852   8]                 Base Address : 00000000B0000000
[3624h 13860   2]         Segment Group Number : 0000
[3626h 13862   1]             Start Bus Number : 00
[3627h 13863   1]               End Bus Number : FF
[3628h 13864   4]                     Reserved : 00000000

[362Ch 13868   8]                 Base Address : 00000000B0000000
[3634h 13876   2]         Segment Group Number : 0000
[3636h 13878   1]             Start Bus Number : 00
[3637h 13879   1]               End Bus Number : FF
[3638h 13880   4]                     Reserved : 00000000

[363Ch 13884   8]                 Base Address : 00000000B0000000
[3644h 13892   2]         Segment Group Number : 0000
[3646h 13894   1]             Start Bus Number : 00
[3647h 13895   1]               End Bus Number : FF
[3648h 13896   4]                     Reserved : 00000000

[364Ch 13900   8]                 Base Address : 00000000B0000000
[3654h 13908   2]         Segment Group Number : 0000
[3656h 13910   1]             Start Bus Number : 00
[3657h 13911   1]               End Bus Number : FF
[3658h 13912   4]                     Reserved : 00000000

[365Ch 13916   8]                 Base Address : 00000000B0000000
[3664h 13924   2]         Segment Group Number : 0000
[3666h 13926   1]             Start Bus Number : 00
[3667h 13927   1]               End Bus Number : FF
[3668h 13928   4]                     Reserved : 00000000

[366Ch 13932   8]                 Base Address : 00000000B0000000
[3674h 13940   2]         Segment Group Number : 0000
[3676h 13942   1]             Start Bus Number : 00
[3677h 13943   1]               End Bus Number : FF
[3678h 13944   4]                     Reserved : 00000000

[367Ch 13948   8]                 Base Address : 00000000B0000000
[3684h 13956   2]         Segment Group Number : 0000
[3686h 13958   1]             Start Bus Number : 00
[3687h 13959   1]               End Bus Number : FF
[3688h 13960   4]                     Reserved : 00000000

[368Ch 13964   8]                 Base Address : 00000000B0000000
[3694h 13972   2]         Segment Group Number : 0000
[3696h 13974   1]             Start Bus Number : 00
[3697h 13975   1]               End Bus Number : FF
[3698h 13976   4]                     Reserved : 00000000

[369Ch 13980   8]                 Base Address : 00000000B0000000
[36A4h 13988   2]         Segment Group Number : 0000
[36A6h 13990   1]             Start Bus Number : 00
[36A7h 13991   1]               End Bus Number : FF
[36A8h 13992   4]                     Reserved : 00000000

[36ACh 13996   8]                 Base Address : 00000000B0000000
[36B4h 14004   2]         Segment Group Number : 0000
[36B6h 14006   1]             Start Bus Number : 00
[36B7h 14007   1]               End Bus Number : FF
[36B8h 14008   4]                     Reserved : 00000000

[36BCh 14012   8]                 Base Address : 00000000B0000000
[36C4h 14020   2]         Segment Group Number : 0000
[36C6h 14022   1]             Start Bus Number : 00
[36C7h 14023   1]               End Bus Number : FF
[36C8h 14024   4]                     Reserved : 00000000

[36CCh 14028   8]                 Base Address : 00000000B0000000
[36D4h 14036   2]         Segment Group Number : 0000
[36D6h 14038   1]             Start Bus Number : 00
[36D7h 14039   1]               End Bus Number : FF
[36D8h 14040   4]                     Reserved : 00000000

[36DCh 14044   8]                 Base Address : 00000000B0000000
[36E4h 14052   2]         Segment Group Number : 0000
[36E6h 14054   1]             Start Bus Number : 00
[36E7h 14055   1]               End Bus Number : FF
[36E8h 14056   4]                     Reserved : 00000000

[36ECh 14060   8]                 Base Address : 00000000B0000000
[36F4h 14068   2]         Segment Group Number : 0000
[36F6h 14070   1]             Start Bus Number : 00
[36F7h 14071   1]               End Bus Number : FF
[36F8h 14072   4]                     Reserved : 00000000

[36FCh 14076   8]                 Base Address : 00000000B0000000
[3704h 14084   2]         Segment Group Number : 0000
[3706h 14086   1]             Start Bus Number : 00
[3707h 14087   1]               End Bus Number : FF
[3708h 14088   4]                     Reserved : 00000000

[370Ch 14092   8]                 Base Address : 00000000B0000000
[3714h 14100   2]         Segment Group Number : 0000
[3716h 14102   1]             Start Bus Number : 00
[3717h 14103   1]               End Bus Number : FF
[3718h 14104   4]                     Reserved : 00000000

[371Ch 14108   8]                 Base Address : 00000000B0000000
[3724h 14116   2]         Segment Group Number : 0000
[3726h 14118   1]             Start Bus Number : 00
[3727h 14119   1]               End Bus Number : FF
[3728h 14120   4]                     Reserved : 00000000

[372Ch 14124   8]                 Base Address : 00000000B0000000
[3734h 14132   2]         Segment Group Number : 0000
[3736h 14134   1]             Start Bus Number : 00
[3737h 14135   1]               End Bus Number : FF
[3738h 14136   4]                     Reserved : 00000000

[373Ch 14140   8]                 Base Address : 00000000B0000000
[3744h 14148   2]         Segment Group Number : 0000
[3746h 14150   1]             Start Bus Number : 00
[3747h 14151   1]               End Bus Number : FF
[3748h 14152   4]                     Reserved : 00000000

[374Ch 14156   8]                 Base Address : 00000000B0000000
[3754h 14164   2]         Segment Group Number : 0000
[3756h 14166   1]             Start Bus Number : 00
[3757h 14167   1]               End Bus Number : FF
[3758h 14168   4]                     Reserved : 00000000

[375Ch 14172   8]                 Base Address : 00000000B0000000
[3764h 14180   2]         Segment Group Number : 0000
[3766h 14182   1]             Start Bus Number : 00
[3767h 14183   1]               End Bus Number : FF
[3768h 14184   4]                     Reserved : 00000000

[376Ch 14188   8]                 Base Address : 00000000B0000000
[3774h 14196   2]         Segment Group Number : 0000
[3776h 14198   1]             Start Bus Number : 00
[3777h 14199   1]               End Bus Number : FF
[3778h 14200   4]                     Reserved : 00000000

[377Ch 14204   8]                 Base Address : 00000000B0000000
[3784h 14212   2]         Segment Group Number : 0000
[3786h 14214   1]             Start Bus Number : 00
[3787h 14215   1]               End Bus Number : FF
[3788h 14216   4]                     Reserved : 00000000

[378Ch 14220   8]                 Base Address : 00000000B0000000
[3794h 14228   2]         Segment Group Number : 0000
[3796h 14230   1]             Start Bus Number : 00
[3797h 14231   1]               End Bus Number : FF
[3798h 14232   4]                     Reserved : 00000000

[379Ch 14236   8]                 Base Address : 00000000B0000000
[37A4h 14244   2]         Segment Group Number : 0000
[37A6h 14246   1]             Start Bus Number : 00
[37A7h 14247   1]               End Bus Number : FF
[37A8h 14248   4]                     Reserved : 00000000

[37ACh 14252   8]                 Base Address : 00000000B0000000
[37B4h 14260   2]         Segment Group Number : 0000
[37B6h 14262   1]             Start Bus Number : 00
[37B7h 14263   1]               End Bus Number : FF
[37B8h 14264   4]                     Reserved : 00000000

[37BCh 14268   8]                 Base Address : 00000000B0000000
[37C4h 14276   2]         Segment Group Number : 0000
[37C6h 14278   1]             Start Bus Number : 00
[37C7h 14279   1]               End Bus Number : FF
[37C8h 14280   4]                     Reserved : 00000000

[37CCh 14284   8]                 Base Address : 00000000B0000000
[37D4h 14292   2]         Segment Group Number : 0000
[37D6h 14294   1]             Start Bus Number : 00
[37D7h 14295   1]               End Bus Number : FF
[37D8h 14296   4]                     Reserved : 00000000

[37DCh 14300   8]                 Base Address : 00000000B0000000
[37E4h 14308   2]         Segment Group Number : 0000
[37E6h 14310   1]             Start Bus Number : 00
[37E7h 14311   1]               End Bus Number : FF
[37E8h 14312   4]                     Reserved : 00000000

[37ECh 14316   8]                 Base Address : 00000000B0000000
[37F4h 14324   2]         Segment Group Number : 0000
[37F6h 14326   1]             Start Bus Number : 00
[37F7h 14327   1]               End Bus Number : FF
[37F8h 14328   4]                     Reserved : 00000000

[37FCh 14332   8]                 Base Address : 00000000B0000000
[3804h 14340   2]         Segment Group Number : 0000
[3806h 14342   1]             Start Bus Number : 00
[3807h 14343   1]               End Bus Number : FF
[3808h 14344   4]                     Reserved : 00000000

[380Ch 14348   8]                 Base Address : 00000000B0000000
[3814h 14356   2]         Segment Group Number : 0000
[3816h 14358   1]             Start Bus Number : 00
[3817h 14359   1]               End Bus Number : FF
[3818h 14360   4]                     Reserved : 00000000

[381Ch 14364   8]                 Base Address : 00000000B0000000
[3824h 14372   2]         Segment Group Number : 0000
[3826h 14374   1]             Start Bus Number : 00
[3827h 14375   1]               End Bus Number : FF
[3828h 14376   4]                     Reserved : 00000000

[382Ch 14380   8]                 Base Address : 00000000B0000000
[3834h 14388   2]         Segment Group Number : 0000
[3836h 14390   1]             Start Bus Number : 00
[3837h 14391   1]               End Bus Number : FF
[3838h 14392   4]                     Reserved : 00000000

[383Ch 14396   8]                 Base Address : 00000000B0000000
[3844h 14404   2]         Segment Group Number : 0000
[3846h 14406   1]             Start Bus Number : 00
[3847h 14407   1]               End Bus Number : FF
[3848h 14408   4]                     Reserved : 00000000

[384Ch 14412   8]                 Base Address : 00000000B0000000
[3854h 14420   2]         Segment Group Number : 0000
[3856h 14422   1]             Start Bus Number : 00
[3857h 14423   1]               End Bus Number : FF
[3858h 14424   4]                     Reserved : 00000000

[385Ch 14428   8]                 Base Address : 00000000B0000000
[3864h 14436   2]         Segment Group Number : 0000
[3866h 14438   1]             Start Bus Number : 00
[3867h 14439   1]               End Bus Number : FF
[3868h 14440   4]                     Reserved : 00000000

[386Ch 14444   8]                 Base Address : 00000000B0000000
[3874h 14452   2]         Segment Group Number : 0000
[3876h 14454   1]             Start Bus Number : 00
[3877h 14455   1]               End Bus Number : FF
[3878h 14456   4]                     Reserved : 00000000

[387Ch 14460   8]                 Base Address : 00000000B0000000
[3884h 14468   2]         Segment Group Number : 0000
[3886h 14470   1]             Start Bus Number : 00
[3887h 14471   1]               End Bus Number : FF
[3888h 14472   4]                     Reserved : 00000000

[388Ch 14476   8]                 Base Address : 00000000B0000000
[3894h 14484   2]         Segment Group Number : 0000
[3896h 14486   1]             Start Bus Number : 00
[3897h 14487   1]               End Bus Number : FF
[3898h 14488   4]                     Reserved : 00000000

[389Ch 14492   8]                 Base Address : 00000000B0000000
[38A4h 14500   2]         Segment Group Number : 0000
[38A6h 14502   1]             Start Bus Number : 00
[38A7h 14503   1]               End Bus Number : FF
[38A8h 14504   4]                     Reserved : 00000000

[38ACh 14508   8]                 Base Address : 00000000B0000000
[38B4h 14516   2]         Segment Group Number : 0000
[38B6h 14518   1]             Start Bus Number : 00
[38B7h 14519   1]               End Bus Number : FF
[38B8h 14520   4]                     Reserved : 00000000

[38BCh 14524   8]                 Base Address : 00000000B0000000
[38C4h 14532   2]         Segment Group Number : 0000
[38C6h 14534   1]             Start Bus Number : 00
[38C7h 14535   1]               End Bus Number : FF
[38C8h 14536   4]                     Reserved : 00000000

[38CCh 14540   8]                 Base Address : 00000000B0000000
[38D4h 14548   2]         Segment Group Number : 0000
[38D6h 14550   1]             Start Bus Number : 00
[38D7h 14551   1]               End Bus Number : FF
[38D8h 14552   4]                     Reserved : 00000000

[38DCh 14556   8]                 Base Address : 00000000B0000000
[38E4h 14564   2]         Segment Group Number : 0000
[38E6h 14566   1]             Start Bus Number : 00
[38E7h 14567   1]               End Bus Number : FF
[38E8h 14568   4]                     Reserved : 00000000

[38ECh 14572   8]                 Base Address : 00000000B0000000
[38F4h 14580   2]         Segment Group Number : 0000
[38F6h 14582   1]             Start Bus Number : 00
[38F7h 14583   1]               End Bus Number : FF
[38F8h 14584   4]                     Reserved : 00000000

[38FCh 14588   8]                 Base Address : 00000000B0000000
[3904h 14596   2]         Segment Group Number : 0000
[3906h 14598   1]             Start Bus Number : 00
[3907h 14599   1]               End Bus Number : FF
[3908h 14600   4]                     Reserved : 00000000

[390Ch 14604   8]                 Base Address : 00000000B0000000
[3914h 14612   2]         Segment Group Number : 0000
[3916h 14614   1]             Start Bus Number : 00
[3917h 14615   1]               End Bus Number : FF
[3918h 14616   4]                     Reserved : 00000000

[391Ch 14620   8]                 Base Address : 00000000B0000000
[3924h 14628   2]         Segment Group Number : 0000
[3926h 14630   1]             Start Bus Number : 00
[3927h 14631   1]               End Bus Number : FF
[3928h 14632   4]                     Reserved : 00000000

[392Ch 14636   8]                 Base Address : 00000000B0000000
[3934h 14644   2]         Segment Group Number : 0000
[3936h 14646   1]             Start Bus Number : 00
[3937h 14647   1]               End Bus Number : FF
[3938h 14648   4]                     Reserved : 00000000

[393Ch 14652   8]                 Base Address : 00000000B0000000
[3944h 14660   2]         Segment Group Number : 0000
[3946h 14662   1]             Start Bus Number : 00
[3947h 14663   1]               End Bus Number : FF
[3948h 14664   4]                     Reserved : 00000000

[394Ch 14668   8]                 Base Address : 00000000B0000000
[3954h 14676   2]         Segment Group Number : 0000
[3956h 14678   1]             Start Bus Number : 00
[3957h 14679   1]               End Bus Number : FF
[3958h 14680   4]                     Reserved : 00000000

[395Ch 14684   8]                 Base Address : 00000000B0000000
[3964h 14692   2]         Segment Group Number : 0000
[3966h 14694   1]             Start Bus Number : 00
[3967h 14695   1]               End Bus Number : FF
[3968h 14696   4]                     Reserved : 00000000

[396Ch 14700   8]                 Base Address : 00000000B0000000
[3974h 14708   2]         Segment Group Number : 0000
[3976h 14710   1]             Start Bus Number : 00
[3977h 14711   1]               End Bus Number : FF
[3978h 14712   4]                     Reserved : 00000000

[397Ch 14716   8]                 Base Address : 00000000B0000000
[3984h 14724   2]         Segment Group Number : 0000
[3986h 14726   1]             Start Bus Number : 00
[3987h 14727   1]               End Bus Number : FF
[3988h 14728   4]                     Reserved : 00000000

[398Ch 14732   8]                 Base Address : 00000000B0000000
[3994h 14740   2]         Segment Group Number : 0000
[3996h 14742   1]             Start Bus Number : 00
[3997h 14743   1]               End Bus Number : FF
[3998h 14744   4]                     Reserved : 00000000

[399Ch 14748   8]                 Base Address : 00000000B0000000
[39A4h 14756   2]         Segment Group Number : 0000
[39A6h 14758   1]             Start Bus Number : 00
[39A7h 14759   1]               End Bus Number : FF
[39A8h 14760   4]                     Reserved : 00000000

[39ACh 14764   8]                 Base Address : 00000000B0000000
[39B4h 14772   2]         Segment Group Number : 0000
[39B6h 14774   1]             Start Bus Number : 00
[39B7h 14775   1]               End Bus Number : FF
[39B8h 14776   4]                     Reserved : 00000000

[39BCh 14780   8]                 Base Address : 00000000B0000000
[39C4h 14788   2]         Segment Group Number : 0000
[39C6h 14790   1]             Start Bus Number : 00
[39C7h 14791   1]               End Bus Number : FF
[39C8h 14792   4]                     Reserved : 00000000

[39CCh 14796   8]                 Base Address : 00000000B0000000
[39D4h 14804   2]         Segment Group Number : 0000
[39D6h 14806   1]             Start Bus Number : 00
[39D7h 14807   1]               End Bus Number : FF
[39D8h 14808   4]                     Reserved : 00000000

[39DCh 14812   8]                 Base Address : 00000000B0000000
[39E4h 14820   2]         Segment Group Number : 0000
[39E6h 14822   1]             Start Bus Number : 00
[39E7h 14823   1]               End Bus Number : FF
[39E8h 14824   4]                     Reserved : 00000000

[39ECh 14828   8]                 Base Address : 00000000B0000000
[39F4h 14836   2]         Segment Group Number : 0000
[39F6h 14838   1]             Start Bus Number : 00
[39F7h 14839   1]               End Bus Number : FF
[39F8h 14840   4]                     Reserved : 00000000

[39FCh 14844   8]                 Base Address : 00000000B0000000
[3A04h 14852   2]         Segment Group Number : 0000
[3A06h 14854   1]             Start Bus Number : 00
[3A07h 14855   1]               End Bus Number : FF
[3A08h 14856   4]                     Reserved : 00000000

[3A0Ch 14860   8]                 Base Address : 00000000B0000000
[3A14h 14868   2]         Segment Group Number : 0000
[3A16h 14870   1]             Start Bus Number : 00
[3A17h 14871   1]               End Bus Number : FF
[3A18h 14872   4]                     Reserved : 00000000

[3A1Ch 14876   8]                 Base Address : 00000000B0000000
[3A24h 14884   2]         Segment Group Number : 0000
[3A26h 14886   1]             Start Bus Number : 00
[3A27h 14887   1]               End Bus Number : FF
[3A28h 14888   4]                     Reserved : 00000000

[3A2Ch 14892   8]                 Base Address : 00000000B0000000
[3A34h 14900   2]         Segment Group Number : 0000
[3A36h 14902   1]             Start Bus Number : 00
[3A37h 14903   1]               End Bus Number : FF
[3A38h 14904   4]                     Reserved : 00000000

[3A3Ch 14908   8]                 Base Address : 00000000B0000000
[3A44h 14916   2]         Segment Group Number : 0000
[3A46h 14918   1]             Start Bus Number : 00
[3A47h 14919   1]               End Bus Number : FF
[3A48h 14920   4]                     Reserved : 00000000

[3A4Ch 14924   8]                 Base Address : 00000000B0000000
[3A54h 14932   2]         Segment Group Number : 0000
[3A56h 14934   1]             Start Bus Number : 00
[3A57h 14935   1]               End Bus Number : FF
[3A58h 14936   4]                     Reserved : 00000000

[3A5Ch 14940   8]                 Base Address : 00000000B0000000
[3A64h 14948   2]         Segment Group Number : 0000
[3A66h 14950   1]             Start Bus Number : 00
[3A67h 14951   1]               End Bus Number : FF
[3A68h 14952   4]                     Reserved : 00000000

[3A6Ch 14956   8]                 Base Address : 00000000B0000000
[3A74h 14964   2]         Segment Group Number : 0000
[3A76h 14966   1]             Start Bus Number : 00
[3A77h 14967   1]               End Bus Number : FF
[3A78h 14968   4]                     Reserved : 00000000

[3A7Ch 14972   8]                 Base Address : 00000000B0000000
[3A84h 14980   2]         Segment Group Number : 0000
[3A86h 14982   1]             Start Bus Number : 00
[3A87h 14983   1]               End Bus Number : FF
[3A88h 14984   4]                     Reserved : 00000000

[3A8Ch 14988   8]                 Base Address : 00000000B0000000
[3A94h 14996   2]         Segment Group Number : 0000
[3A96h 14998   1]             Start Bus Number : 00
[3A97h 14999   1]               End Bus Number : FF
[3A98h 15000   4]                     Reserved : 00000000

[3A9Ch 15004   8]                 Base Address : 00000000B0000000
[3AA4h 15012   2]         Segment Group Number : 0000
[3AA6h 15014   1]             Start Bus Number : 00
[3AA7h 15015   1]               End Bus Number : FF
[3AA8h 15016   4]                     Reserved : 00000000

[3AACh 15020   8]                 Base Address : 00000000B0000000
[3AB4h 15028   2]         Segment Group Number : 0000
[3AB6h 15030   1]             Start Bus Number : 00
[3AB7h 15031   1]               End Bus Number : FF
[3AB8h 15032   4]                     Reserved : 00000000

[3ABCh 15036   8]                 Base Address : 00000000B0000000
[3AC4h 15044   2]         Segment Group Number : 0000
[3AC6h 15046   1]             Start Bus Number : 00
[3AC7h 15047   1]               End Bus Number : FF
[3AC8h 15048   4]                     Reserved : 00000000

[3ACCh 15052   8]                 Base Address : 00000000B0000000
[3AD4h 15060   2]         Segment Group Number : 0000
[3AD6h 15062   1]             Start Bus Number : 00
[3AD7h 15063   1]               End Bus Number : FF
[3AD8h 15064   4]                     Reserved : 00000000

[3ADCh 15068   8]                 Base Address : 00000000B0000000
[3AE4h 15076   2]         Segment Group Number : 0000
[3AE6h 15078   1]             Start Bus Number : 00
[3AE7h 15079   1]               End Bus Number : FF
[3AE8h 15080   4]                     Reserved : 00000000

[3AECh 15084   8]                 Base Address : 00000000B0000000
[3AF4h 15092   2]         Segment Group Number : 0000
[3AF6h 15094   1]             Start Bus Number : 00
[3AF7h 15095   1]               End Bus Number : FF
[3AF8h 15096   4]                     Reserved : 00000000

[3AFCh 15100   8]                 Base Address : 00000000B0000000
[3B04h 15108   2]         Segment Group Number : 0000
[3B06h 15110   1]             Start Bus Number : 00
[3B07h 15111   1]               End Bus Number : FF
[3B08h 15112   4]                     Reserved : 00000000

[3B0Ch 15116   8]                 Base Address : 00000000B0000000
[3B14h 15124   2]         Segment Group Number : 0000
[3B16h 15126   1]             Start Bus Number : 00
[3B17h 15127   1]               End Bus Number : FF
[3B18h 15128   4]                     Reserved : 00000000

[3B1Ch 15132   8]                 Base Address : 00000000B0000000
[3B24h 15140   2]         Segment Group Number : 0000
[3B26h 15142   1]             Start Bus Number : 00
[3B27h 15143   1]               End Bus Number : FF
[3B28h 15144   4]                     Reserved : 00000000

[3B2Ch 15148   8]                 Base Address : 00000000B0000000
[3B34h 15156   2]         Segment Group Number : 0000
[3B36h 15158   1]             Start Bus Number : 00
[3B37h 15159   1]               End Bus Number : FF
[3B38h 15160   4]                     Reserved : 00000000

[3B3Ch 15164   8]                 Base Address : 00000000B0000000
[3B44h 15172   2]         Segment Group Number : 0000
[3B46h 15174   1]             Start Bus Number : 00
[3B47h 15175   1]               End Bus Number : FF
[3B48h 15176   4]                     Reserved : 00000000

[3B4Ch 15180   8]                 Base Address : 00000000B0000000
[3B54h 15188   2]         Segment Group Number : 0000
[3B56h 15190   1]             Start Bus Number : 00
[3B57h 15191   1]               End Bus Number : FF
[3B58h 15192   4]                     Reserved : 00000000

[3B5Ch 15196   8]                 Base Address : 00000000B0000000
[3B64h 15204   2]         Segment Group Number : 0000
[3B66h 15206   1]             Start Bus Number : 00
[3B67h 15207   1]               End Bus Number : FF
[3B68h 15208   4]                     Reserved : 00000000

[3B6Ch 15212   8]                 Base Address : 00000000B0000000
[3B74h 15220   2]         Segment Group Number : 0000
[3B76h 15222   1]             Start Bus Number : 00
[3B77h 15223   1]               End Bus Number : FF
[3B78h 15224   4]                     Reserved : 00000000

[3B7Ch 15228   8]                 Base Address : 00000000B0000000
[3B84h 15236   2]         Segment Group Number : 0000
[3B86h 15238   1]             Start Bus Number : 00
[3B87h 15239   1]               End Bus Number : FF
[3B88h 15240   4]                     Reserved : 00000000

[3B8Ch 15244   8]                 Base Address : 00000000B0000000
[3B94h 15252   2]         Segment Group Number : 0000
[3B96h 15254   1]             Start Bus Number : 00
[3B97h 15255   1]               End Bus Number : FF
[3B98h 15256   4]                     Reserved : 00000000

[3B9Ch 15260   8]                 Base Address : 00000000B0000000
[3BA4h 15268   2]         Segment Group Number : 0000
[3BA6h 15270   1]             Start Bus Number : 00
[3BA7h 15271   1]               End Bus Number : FF
[3BA8h 15272   4]                     Reserved : 00000000

[3BACh 15276   8]                 Base Address : 00000000B0000000
[3BB4h 15284   2]         Segment Group Number : 0000
[3BB6h 15286   1]             Start Bus Number : 00
[3BB7h 15287   1]               End Bus Number : FF
[3BB8h 15288   4]                     Reserved : 00000000

[3BBCh 15292   8]                 Base Address : 00000000B0000000
[3BC4h 15300   2]         Segment Group Number : 0000
[3BC6h 15302   1]             Start Bus Number : 00
[3BC7h 15303   1]               End Bus Number : FF
[3BC8h 15304   4]                     Reserved : 00000000

[3BCCh 15308   8]                 Base Address : 00000000B0000000
[3BD4h 15316   2]         Segment Group Number : 0000
[3BD6h 15318   1]             Start Bus Number : 00
[3BD7h 15319   1]               End Bus Number : FF
[3BD8h 15320   4]                     Reserved : 00000000

[3BDCh 15324   8]                 Base Address : 00000000B0000000
[3BE4h 15332   2]         Segment Group Number : 0000
[3BE6h 15334   1]             Start Bus Number : 00
[3BE7h 15335   1]               End Bus Number : FF
[3BE8h 15336   4]                     Reserved : 00000000

[3BECh 15340   8]                 Base Address : 00000000B0000000
[3BF4h 15348   2]         Segment Group Number : 0000
[3BF6h 15350   1]             Start Bus Number : 00
[3BF7h 15351   1]               End Bus Number : FF
[3BF8h 15352   4]                     Reserved : 00000000

[3BFCh 15356   8]                 Base Address : 00000000B0000000
[3C04h 15364   2]         Segment Group Number : 0000
[3C06h 15366   1]             Start Bus Number : 00
[3C07h 15367   1]               End Bus Number : FF
[3C08h 15368   4]                     Reserved : 00000000

[3C0Ch 15372   8]                 Base Address : 00000000B0000000
[3C14h 15380   2]         Segment Group Number : 0000
[3C16h 15382   1]             Start Bus Number : 00
[3C17h 15383   1]               End Bus Number : FF
[3C18h 15384   4]                     Reserved : 00000000

[3C1Ch 15388   8]                 Base Address : 00000000B0000000
[3C24h 15396   2]         Segment Group Number : 0000
[3C26h 15398   1]             Start Bus Number : 00
[3C27h 15399   1]               End Bus Number : FF
[3C28h 15400   4]                     Reserved : 00000000

[3C2Ch 15404   8]                 Base Address : 00000000B0000000
[3C34h 15412   2]         Segment Group Number : 0000
[3C36h 15414   1]             Start Bus Number : 00
[3C37h 15415   1]               End Bus Number : FF
[3C38h 15416   4]                     Reserved : 00000000

[3C3Ch 15420   8]                 Base Address : 00000000B0000000
[3C44h 15428   2]         Segment Group Number : 0000
[3C46h 15430   1]             Start Bus Number : 00
[3C47h 15431   1]               End Bus Number : FF
[3C48h 15432   4]                     Reserved : 00000000

[3C4Ch 15436   8]                 Base Address : 00000000B0000000
[3C54h 15444   2]         Segment Group Number : 0000
[3C56h 15446   1]             Start Bus Number : 00
[3C57h 15447   1]               End Bus Number : FF
[3C58h 15448   4]                     Reserved : 00000000

[3C5Ch 15452   8]                 Base Address : 00000000B0000000
[3C64h 15460   2]         Segment Group Number : 0000
[3C66h 15462   1]             Start Bus Number : 00
[3C67h 15463   1]               End Bus Number : FF
[3C68h 15464   4]                     Reserved : 00000000

[3C6Ch 15468   8]                 Base Address : 00000000B0000000
[3C74h 15476   2]         Segment Group Number : 0000
[3C76h 15478   1]             Start Bus Number : 00
[3C77h 15479   1]               End Bus Number : FF
[3C78h 15480   4]                     Reserved : 00000000

[3C7Ch 15484   8]                 Base Address : 00000000B0000000
[3C84h 15492   2]         Segment Group Number : 0000
[3C86h 15494   1]             Start Bus Number : 00
[3C87h 15495   1]               End Bus Number : FF
[3C88h 15496   4]                     Reserved : 00000000

[3C8Ch 15500   8]                 Base Address : 00000000B0000000
[3C94h 15508   2]         Segment Group Number : 0000
[3C96h 15510   1]             Start Bus Number : 00
[3C97h 15511   1]               End Bus Number : FF
[3C98h 15512   4]                     Reserved : 00000000

[3C9Ch 15516   8]                 Base Address : 00000000B0000000
[3CA4h 15524   2]         Segment Group Number : 0000
[3CA6h 15526   1]             Start Bus Number : 00
[3CA7h 15527   1]               End Bus Number : FF
[3CA8h 15528   4]                     Reserved : 00000000

[3CACh 15532   8]                 Base Address : 00000000B0000000
[3CB4h 15540   2]         Segment Group Number : 0000
[3CB6h 15542   1]             Start Bus Number : 00
[3CB7h 15543   1]               End Bus Number : FF
[3CB8h 15544   4]                     Reserved : 00000000

[3CBCh 15548   8]                 Base Address : 00000000B0000000
[3CC4h 15556   2]         Segment Group Number : 0000
[3CC6h 15558   1]             Start Bus Number : 00
[3CC7h 15559   1]               End Bus Number : FF
[3CC8h 15560   4]                     Reserved : 00000000

[3CCCh 15564   8]                 Base Address : 00000000B0000000
[3CD4h 15572   2]         Segment Group Number : 0000
[3CD6h 15574   1]             Start Bus Number : 00
[3CD7h 15575   1]               End Bus Number : FF
[3CD8h 15576   4]                     Reserved : 00000000

[3CDCh 15580   8]                 Base Address : 00000000B0000000
[3CE4h 15588   2]         Segment Group Number : 0000
[3CE6h 15590   1]             Start Bus Number : 00
[3CE7h 15591   1]               End Bus Number : FF
[3CE8h 15592   4]                     Reserved : 00000000

[3CECh 15596   8]                 Base Address : 00000000B0000000
[3CF4h 15604   2]         Segment Group Number : 0000
[3CF6h 15606   1]             Start Bus Number : 00
[3CF7h 15607   1]               End Bus Number : FF
[3CF8h 15608   4]                     Reserved : 00000000

[3CFCh 15612   8]                 Base Address : 00000000B0000000
[3D04h 15620   2]         Segment Group Number : 0000
[3D06h 15622   1]             Start Bus Number : 00
[3D07h 15623   1]               End Bus Number : FF
[3D08h 15624   4]                     Reserved : 00000000

[3D0Ch 15628   8]                 Base Address : 00000000B0000000
[3D14h 15636   2]         Segment Group Number : 0000
[3D16h 15638   1]             Start Bus Number : 00
[3D17h 15639   1]               End Bus Number : FF
[3D18h 15640   4]                     Reserved : 00000000

[3D1Ch 15644   8]                 Base Address : 00000000B0000000
[3D24h 15652   2]         Segment Group Number : 0000
[3D26h 15654   1]             Start Bus Number : 00
[3D27h 15655   1]               End Bus Number : FF
[3D28h 15656   4]                     Reserved : 00000000

[3D2Ch 15660   8]                 Base Address : 00000000B0000000
[3D34h 15668   2]         Segment Group Number : 0000
[3D36h 15670   1]             Start Bus Number : 00
[3D37h 15671   1]               End Bus Number : FF
[3D38h 15672   4]                     Reserved : 00000000

[3D3Ch 15676   8]                 Base Address : 00000000B0000000
[3D44h 15684   2]         Segment Group Number : 0000
[3D46h 15686   1]             Start Bus Number : 00
[3D47h 15687   1]               End Bus Number : FF
[3D48h 15688   4]                     Reserved : 00000000

[3D4Ch 15692   8]                 Base Address : 00000000B0000000
[3D54h 15700   2]         Segment Group Number : 0000
[3D56h 15702   1]             Start Bus Number : 00
[3D57h 15703   1]               End Bus Number : FF
[3D58h 15704   4]                     Reserved : 00000000

[3D5Ch 15708   8]                 Base Address : 00000000B0000000
[3D64h 15716   2]         Segment Group Number : 0000
[3D66h 15718   1]             Start Bus Number : 00
[3D67h 15719   1]               End Bus Number : FF
[3D68h 15720   4]                     Reserved : 00000000

[3D6Ch 15724   8]                 Base Address : 00000000B0000000
[3D74h 15732   2]         Segment Group Number : 0000
[3D76h 15734   1]             Start Bus Number : 00
[3D77h 15735   1]               End Bus Number : FF
[3D78h 15736   4]                     Reserved : 00000000

[3D7Ch 15740   8]                 Base Address : 00000000B0000000
[3D84h 15748   2]         Segment Group Number : 0000
[3D86h 15750   1]             Start Bus Number : 00
[3D87h 15751   1]               End Bus Number : FF
[3D88h 15752   4]                     Reserved : 00000000

[3D8Ch 15756   8]                 Base Address : 00000000B0000000
[3D94h 15764   2]         Segment Group Number : 0000
[3D96h 15766   1]             Start Bus Number : 00
[3D97h 15767   1]               End Bus Number : FF
[3D98h 15768   4]                     Reserved : 00000000

[3D9Ch 15772   8]                 Base Address : 00000000B0000000
[3DA4h 15780   2]         Segment Group Number : 0000
[3DA6h 15782   1]             Start Bus Number : 00
[3DA7h 15783   1]               End Bus Number : FF
[3DA8h 15784   4]                     Reserved : 00000000

[3DACh 15788   8]                 Base Address : 00000000B0000000
[3DB4h 15796   2]         Segment Group Number : 0000
[3DB6h 15798   1]             Start Bus Number : 00
[3DB7h 15799   1]               End Bus Number : FF
[3DB8h 15800   4]                     Reserved : 00000000

[3DBCh 15804   8]                 Base Address : 00000000B0000000
[3DC4h 15812   2]         Segment Group Number : 0000
[3DC6h 15814   1]             Start Bus Number : 00
[3DC7h 15815   1]               End Bus Number : FF
[3DC8h 15816   4]                     Reserved : 00000000

[3DCCh 15820   8]                 Base Address : 00000000B0000000
[3DD4h 15828   2]         Segment Group Number : 0000
[3DD6h 15830   1]             Start Bus Number : 00
[3DD7h 15831   1]               End Bus Number : FF
[3DD8h 15832   4]                     Reserved : 00000000

[3DDCh 15836   8]                 Base Address : 00000000B0000000
[3DE4h 15844   2]         Segment Group Number : 0000
[3DE6h 15846   1]             Start Bus Number : 00
[3DE7h 15847   1]               End Bus Number : FF
[3DE8h 15848   4]                     Reserved : 00000000

[3DECh 15852   8]                 Base Address : 00000000B0000000
[3DF4h 15860   2]         Segment Group Number : 0000
[3DF6h 15862   1]             Start Bus Number : 00
[3DF7h 15863   1]               End Bus Number : FF
[3DF8h 15864   4]                     Reserved : 00000000

[3DFCh 15868   8]                 Base Address : 00000000B0000000
[3E04h 15876   2]         Segment Group Number : 0000
[3E06h 15878   1]             Start Bus Number : 00
[3E07h 15879   1]               End Bus Number : FF
[3E08h 15880   4]                     Reserved : 00000000

[3E0Ch 15884   8]                 Base Address : 00000000B0000000
[3E14h 15892   2]         Segment Group Number : 0000
[3E16h 15894   1]             Start Bus Number : 00
[3E17h 15895   1]               End Bus Number : FF
[3E18h 15896   4]                     Reserved : 00000000

[3E1Ch 15900   8]                 Base Address : 00000000B0000000
[3E24h 15908   2]         Segment Group Number : 0000
[3E26h 15910   1]             Start Bus Number : 00
[3E27h 15911   1]               End Bus Number : FF
[3E28h 15912   4]                     Reserved : 00000000

[3E2Ch 15916   8]                 Base Address : 00000000B0000000
[3E34h 15924   2]         Segment Group Number : 0000
[3E36h 15926   1]             Start Bus Number : 00
[3E37h 15927   1]               End Bus Number : FF
[3E38h 15928   4]                     Reserved : 00000000

[3E3Ch 15932   8]                 Base Address : 00000000B0000000
[3E44h 15940   2]         Segment Group Number : 0000
[3E46h 15942   1]             Start Bus Number : 00
[3E47h 15943   1]               End Bus Number : FF
[3E48h 15944   4]                     Reserved : 00000000

[3E4Ch 15948   8]                 Base Address : 00000000B0000000
[3E54h 15956   2]         Segment Group Number : 0000
[3E56h 15958   1]             Start Bus Number : 00
[3E57h 15959   1]               End Bus Number : FF
[3E58h 15960   4]                     Reserved : 00000000

[3E5Ch 15964   8]                 Base Address : 00000000B0000000
[3E64h 15972   2]         Segment Group Number : 0000
[3E66h 15974   1]             Start Bus Number : 00
[3E67h 15975   1]               End Bus Number : FF
[3E68h 15976   4]                     Reserved : 00000000

[3E6Ch 15980   8]                 Base Address : 00000000B0000000
[3E74h 15988   2]         Segment Group Number : 0000
[3E76h 15990   1]             Start Bus Number : 00
[3E77h 15991   1]               End Bus Number : FF
[3E78h 15992   4]                     Reserved : 00000000

[3E7Ch 15996   8]                 Base Address : 00000000B0000000
[3E84h 16004   2]         Segment Group Number : 0000
[3E86h 16006   1]             Start Bus Number : 00
[3E87h 16007   1]               End Bus Number : FF
[3E88h 16008   4]                     Reserved : 00000000

[3E8Ch 16012   8]                 Base Address : 00000000B0000000
[3E94h 16020   2]         Segment Group Number : 0000
[3E96h 16022   1]             Start Bus Number : 00
[3E97h 16023   1]               End Bus Number : FF
[3E98h 16024   4]                     Reserved : 00000000

[3E9Ch 16028   8]                 Base Address : 00000000B0000000
[3EA4h 16036   2]         Segment Group Number : 0000
[3EA6h 16038   1]             Start Bus Number : 00
[3EA7h 16039   1]               End Bus Number : FF
[3EA8h 16040   4]                     Reserved : 00000000

[3EACh 16044   8]                 Base Address : 00000000B0000000
[3EB4h 16052   2]         Segment Group Number : 0000
[3EB6h 16054   1]             Start Bus Number : 00
[3EB7h 16055   1]               End Bus Number : FF
[3EB8h 16056   4]                     Reserved : 00000000

[3EBCh 16060   8]                 Base Address : 00000000B0000000
[3EC4h 16068   2]         Segment Group Number : 0000
[3EC6h 16070   1]             Start Bus Number : 00
[3EC7h 16071   1]               End Bus Number : FF
[3EC8h 16072   4]                     Reserved : 00000000

[3ECCh 16076   8]                 Base Address : 00000000B0000000
[3ED4h 16084   2]         Segment Group Number : 0000
[3ED6h 16086   1]             Start Bus Number : 00
[3ED7h 16087   1]               End Bus Number : FF
[3ED8h 16088   4]                     Reserved : 00000000

[3EDCh 16092   8]                 Base Address : 00000000B0000000
[3EE4h 16100   2]         Segment Group Number : 0000
[3EE6h 16102   1]             Start Bus Number : 00
[3EE7h 16103   1]               End Bus Number : FF
[3EE8h 16104   4]                     Reserved : 00000000

[3EECh 16108   8]                 Base Address : 00000000B0000000
[3EF4h 16116   2]         Segment Group Number : 0000
[3EF6h 16118   1]             Start Bus Number : 00
[3EF7h 16119   1]               End Bus Number : FF
[3EF8h 16120   4]                     Reserved : 00000000

[3EFCh 16124   8]                 Base Address : 00000000B0000000
[3F04h 16132   2]         Segment Group Number : 0000
[3F06h 16134   1]             Start Bus Number : 00
[3F07h 16135   1]               End Bus Number : FF
[3F08h 16136   4]                     Reserved : 00000000

[3F0Ch 16140   8]                 Base Address : 00000000B0000000
[3F14h 16148   2]         Segment Group Number : 0000
[3F16h 16150   1]             Start Bus Number : 00
[3F17h 16151   1]               End Bus Number : FF
[3F18h 16152   4]                     Reserved : 00000000

[3F1Ch 16156   8]                 Base Address : 00000000B0000000
[3F24h 16164   2]         Segment Group Number : 0000
[3F26h 16166   1]             Start Bus Number : 00
[3F27h 16167   1]               End Bus Number : FF
[3F28h 16168   4]                     Reserved : 00000000

[3F2Ch 16172   8]                 Base Address : 00000000B0000000
[3F34h 16180   2]         Segment Group Number : 0000
[3F36h 16182   1]             Start Bus Number : 00
[3F37h 16183   1]               End Bus Number : FF
[3F38h 16184   4]                     Reserved : 00000000

[3F3Ch 16188   8]                 Base Address : 00000000B0000000
[3F44h 16196   2]         Segment Group Number : 0000
[3F46h 16198   1]             Start Bus Number : 00
[3F47h 16199   1]               End Bus Number : FF
[3F48h 16200   4]                     Reserved : 00000000

[3F4Ch 16204   8]                 Base Address : 00000000B0000000
[3F54h 16212   2]         Segment Group Number : 0000
[3F56h 16214   1]             Start Bus Number : 00
[3F57h 16215   1]               End Bus Number : FF
[3F58h 16216   4]                     Reserved : 00000000

[3F5Ch 16220   8]                 Base Address : 00000000B0000000
[3F64h 16228   2]         Segment Group Number : 0000
[3F66h 16230   1]             Start Bus Number : 00
[3F67h 16231   1]               End Bus Number : FF
[3F68h 16232   4]                     Reserved : 00000000

[3F6Ch 16236   8]                 Base Address : 00000000B0000000
[3F74h 16244   2]         Segment Group Number : 0000
[3F76h 16246   1]             Start Bus Number : 00
[3F77h 16247   1]               End Bus Number : FF
[3F78h 16248   4]                     Reserved : 00000000

[3F7Ch 16252   8]                 Base Address : 00000000B0000000
[3F84h 16260   2]         Segment Group Number : 0000
[3F86h 16262   1]             Start Bus Number : 00
[3F87h 16263   1]               End Bus Number : FF
[3F88h 16264   4]                     Reserved : 00000000

[3F8Ch 16268   8]                 Base Address : 00000000B0000000
[3F94h 16276   2]         Segment Group Number : 0000
[3F96h 16278   1]             Start Bus Number : 00
[3F97h 16279   1]               End Bus Number : FF
[3F98h 16280   4]                     Reserved : 00000000

[3F9Ch 16284   8]                 Base Address : 00000000B0000000
[3FA4h 16292   2]         Segment Group Number : 0000
[3FA6h 16294   1]             Start Bus Number : 00
[3FA7h 16295   1]               End Bus Number : FF
[3FA8h 16296   4]                     Reserved : 00000000

[3FACh 16300   8]                 Base Address : 00000000B0000000
[3FB4h 16308   2]         Segment Group Number : 0000
[3FB6h 16310   1]             Start Bus Number : 00
[3FB7h 16311   1]               End Bus Number : FF
[3FB8h 16312   4]                     Reserved : 00000000

[3FBCh 16316   8]                 Base Address : 00000000B0000000
[3FC4h 16324   2]         Segment Group Number : 0000
[3FC6h 16326   1]             Start Bus Number : 00
[3FC7h 16327   1]               End Bus Number : FF
[3FC8h 16328   4]                     Reserved : 00000000

[3FCCh 16332   8]                 Base Address : 00000000B0000000
[3FD4h 16340   2]         Segment Group Number : 0000
[3FD6h 16342   1]             Start Bus Number : 00
[3FD7h 16343   1]               End Bus Number : FF
[3FD8h 16344   4]                     Reserved : 00000000

[3FDCh 16348   8]                 Base Address : 00000000B0000000
[3FE4h 16356   2]         Segment Group Number : 0000
[3FE6h 16358   1]             Start Bus Number : 00
[3FE7h 16359   1]               End Bus Number : FF
[3FE8h 16360   4]                     Reserved : 00000000

[3FECh 16364   8]                 Base Address : 00000000B0000000
[3FF4h 16372   2]         Segment Group Number : 0000
[3FF6h 16374   1]             Start Bus Number : 00
[3FF7h 16375   1]               End Bus Number : FF
[3FF8h 16376   4]                     Reserved : 00000000

[3FFCh 16380   8]                 Base Address : 00000000B0000000
[4004h 16388   2]         Segment Group Number : 0000
[4006h 16390   1]             Start Bus Number : 00
[4007h 16391   1]               End Bus Number : FF
[4008h 16392   4]                     Reserved : 00000000

[400Ch 16396   8]                 Base Address : 00000000B0000000
[4014h 16404   2]         Segment Group Number : 0000
[4016h 16406   1]             Start Bus Number : 00
[4017h 16407   1]               End Bus Number : FF
[4018h 16408   4]                     Reserved : 00000000

[401Ch 16412   8]                 Base Address : 00000000B0000000
[4024h 16420   2]         Segment Group Number : 0000
[4026h 16422   1]             Start Bus Number : 00
[4027h 16423   1]               End Bus Number : FF
[4028h 16424   4]                     Reserved : 00000000

[402Ch 16428   8]                 Base Address : 00000000B0000000
[4034h 16436   2]         Segment Group Number : 0000
[4036h 16438   1]             Start Bus Number : 00
[4037h 16439   1]               End Bus Number : FF
[4038h 16440   4]                     Reserved : 00000000

[403Ch 16444   8]                 Base Address : 00000000B0000000
[4044h 16452   2]         Segment Group Number : 0000
[4046h 16454   1]             Start Bus Number : 00
[4047h 16455   1]               End Bus Number : FF
[4048h 16456   4]                     Reserved : 00000000

[404Ch 16460   8]                 Base Address : 00000000B0000000
[4054h 16468   2]         Segment Group Number : 0000
[4056h 16470   1]             Start Bus Number : 00
[4057h 16471   1]               End Bus Number : FF
[4058h 16472   4]                     Reserved : 00000000

[405Ch 16476   8]                 Base Address : 00000000B0000000
[4064h 16484   2]         Segment Group Number : 0000
[4066h 16486   1]             Start Bus Number : 00
[4067h 16487   1]               End Bus Number : FF
[4068h 16488   4]                     Reserved : 00000000

[406Ch 16492   8]                 Base Address : 00000000B0000000
[4074h 16500   2]         Segment Group Number : 0000
[4076h 16502   1]             Start Bus Number : 00
[4077h 16503   1]               End Bus Number : FF
[4078h 16504   4]                     Reserved : 00000000

[407Ch 16508   8]                 Base Address : 00000000B0000000
[4084h 16516   2]         Segment Group Number : 0000
[4086h 16518   1]             Start Bus Number : 00
[4087h 16519   1]               End Bus Number : FF
[4088h 16520   4]                     Reserved : 00000000

[408Ch 16524   8]                 Base Address : 00000000B0000000
[4094h 16532   2]         Segment Group Number : 0000
[4096h 16534   1]             Start Bus Number : 00
[4097h 16535   1]               End Bus Number : FF
[4098h 16536   4]                     Reserved : 00000000

[409Ch 16540   8]                 Base Address : 00000000B0000000
[40A4h 16548   2]         Segment Group Number : 0000
[40A6h 16550   1]             Start Bus Number : 00
[40A7h 16551   1]               End Bus Number : FF
[40A8h 16552   4]                     Reserved : 00000000

[40ACh 16556   8]                 Base Address : 00000000B0000000
[40B4h 16564   2]         Segment Group Number : 0000
[40B6h 16566   1]             Start Bus Number : 00
[40B7h 16567   1]               End Bus Number : FF
[40B8h 16568   4]                     Reserved : 00000000

[40BCh 16572   8]                 Base Address : 00000000B0000000
[40C4h 16580   2]         Segment Group Number : 0000
[40C6h 16582   1]             Start Bus Number : 00
[40C7h 16583   1]               End Bus Number : FF
[40C8h 16584   4]                     Reserved : 00000000

[40CCh 16588   8]                 Base Address : 00000000B0000000
[40D4h 16596   2]         Segment Group Number : 0000
[40D6h 16598   1]             Start Bus Number : 00
[40D7h 16599   1]               End Bus Number : FF
[40D8h 16600   4]                     Reserved : 00000000

[40DCh 16604   8]                 Base Address : 00000000B0000000
[40E4h 16612   2]         Segment Group Number : 0000
[40E6h 16614   1]             Start Bus Number : 00
[40E7h 16615   1]               End Bus Number : FF
[40E8h 16616   4]                     Reserved : 00000000

[40ECh 16620   8]                 Base Address : 00000000B0000000
[40F4h 16628   2]         Segment Group Number : 0000
[40F6h 16630   1]             Start Bus Number : 00
[40F7h 16631   1]               End Bus Number : FF
[40F8h 16632   4]                     Reserved : 00000000

[40FCh 16636   8]                 Base Address : 00000000B0000000
[4104h 16644   2]         Segment Group Number : 0000
[4106h 16646   1]             Start Bus Number : 00
[4107h 16647   1]               End Bus Number : FF
[4108h 16648   4]                     Reserved : 00000000

[410Ch 16652   8]                 Base Address : 00000000B0000000
[4114h 16660   2]         Segment Group Number : 0000
[4116h 16662   1]             Start Bus Number : 00
[4117h 16663   1]               End Bus Number : FF
[4118h 16664   4]                     Reserved : 00000000

[411Ch 16668   8]                 Base Address : 00000000B0000000
[4124h 16676   2]         Segment Group Number : 0000
[4126h 16678   1]             Start Bus Number : 00
[4127h 16679   1]               End Bus Number : FF
[4128h 16680   4]                     Reserved : 00000000

[412Ch 16684   8]                 Base Address : 00000000B0000000
[4134h 16692   2]         Segment Group Number : 0000
[4136h 16694   1]             Start Bus Number : 00
[4137h 16695   1]               End Bus Number : FF
[4138h 16696   4]                     Reserved : 00000000

[413Ch 16700   8]                 Base Address : 00000000B0000000
[4144h 16708   2]         Segment Group Number : 0000
[4146h 16710   1]             Start Bus Number : 00
[4147h 16711   1]               End Bus Number : FF
[4148h 16712   4]                     Reserved : 00000000

[414Ch 16716   8]                 Base Address : 00000000B0000000
[4154h 16724   2]         Segment Group Number : 0000
[4156h 16726   1]             Start Bus Number : 00
[4157h 16727   1]               End Bus Number : FF
[4158h 16728   4]                     Reserved : 00000000

[415Ch 16732   8]                 Base Address : 00000000B0000000
[4164h 16740   2]         Segment Group Number : 0000
[4166h 16742   1]             Start Bus Number : 00
[4167h 16743   1]               End Bus Number : FF
[4168h 16744   4]                     Reserved : 00000000

[416Ch 16748   8]                 Base Address : 00000000B0000000
[4174h 16756   2]         Segment Group Number : 0000
[4176h 16758   1]             Start Bus Number : 00
[4177h 16759   1]               End Bus Number : FF
[4178h 16760   4]                     Reserved : 00000000

[417Ch 16764   8]                 Base Address : 00000000B0000000
[4184h 16772   2]         Segment Group Number : 0000
[4186h 16774   1]             Start Bus Number : 00
[4187h 16775   1]               End Bus Number : FF
[4188h 16776   4]                     Reserved : 00000000

[418Ch 16780   8]                 Base Address : 00000000B0000000
[4194h 16788   2]         Segment Group Number : 0000
[4196h 16790   1]             Start Bus Number : 00
[4197h 16791   1]               End Bus Number : FF
[4198h 16792   4]                     Reserved : 00000000

[419Ch 16796   8]                 Base Address : 00000000B0000000
[41A4h 16804   2]         Segment Group Number : 0000
[41A6h 16806   1]             Start Bus Number : 00
[41A7h 16807   1]               End Bus Number : FF
[41A8h 16808   4]                     Reserved : 00000000

[41ACh 16812   8]                 Base Address : 00000000B0000000
[41B4h 16820   2]         Segment Group Number : 0000
[41B6h 16822   1]             Start Bus Number : 00
[41B7h 16823   1]               End Bus Number : FF
[41B8h 16824   4]                     Reserved : 00000000

[41BCh 16828   8]                 Base Address : 00000000B0000000
[41C4h 16836   2]         Segment Group Number : 0000
[41C6h 16838   1]             Start Bus Number : 00
[41C7h 16839   1]               End Bus Number : FF
[41C8h 16840   4]                     Reserved : 00000000

[41CCh 16844   8]                 Base Address : 00000000B0000000
[41D4h 16852   2]         Segment Group Number : 0000
[41D6h 16854   1]             Start Bus Number : 00
[41D7h 16855   1]               End Bus Number : FF
[41D8h 16856   4]                     Reserved : 00000000

[41DCh 16860   8]                 Base Address : 00000000B0000000
[41E4h 16868   2]         Segment Group Number : 0000
[41E6h 16870   1]             Start Bus Number : 00
[41E7h 16871   1]               End Bus Number : FF
[41E8h 16872   4]                     Reserved : 00000000

[41ECh 16876   8]                 Base Address : 00000000B0000000
[41F4h 16884   2]         Segment Group Number : 0000
[41F6h 16886   1]             Start Bus Number : 00
[41F7h 16887   1]               End Bus Number : FF
[41F8h 16888   4]                     Reserved : 00000000

[41FCh 16892   8]                 Base Address : 00000000B0000000
[4204h 16900   2]         Segment Group Number : 0000
[4206h 16902   1]             Start Bus Number : 00
[4207h 16903   1]               End Bus Number : FF
[4208h 16904   4]                     Reserved : 00000000

[420Ch 16908   8]                 Base Address : 00000000B0000000
[4214h 16916   2]         Segment Group Number : 0000
[4216h 16918   1]             Start Bus Number : 00
[4217h 16919   1]               End Bus Number : FF
[4218h 16920   4]                     Reserved : 00000000

[421Ch 16924   8]                 Base Address : 00000000B0000000
[4224h 16932   2]         Segment Group Number : 0000
[4226h 16934   1]             Start Bus Number : 00
[4227h 16935   1]               End Bus Number : FF
[4228h 16936   4]                     Reserved : 00000000

[422Ch 16940   8]                 Base Address : 00000000B0000000
[4234h 16948   2]         Segment Group Number : 0000
[4236h 16950   1]             Start Bus Number : 00
[4237h 16951   1]               End Bus Number : FF
[4238h 16952   4]                     Reserved : 00000000

[423Ch 16956   8]                 Base Address : 00000000B0000000
[4244h 16964   2]         Segment Group Number : 0000
[4246h 16966   1]             Start Bus Number : 00
[4247h 16967   1]               End Bus Number : FF
[4248h 16968   4]                     Reserved : 00000000

[424Ch 16972   8]                 Base Address : 00000000B0000000
[4254h 16980   2]         Segment Group Number : 0000
[4256h 16982   1]             Start Bus Number : 00
[4257h 16983   1]               End Bus Number : FF
[4258h 16984   4]                     Reserved : 00000000

[425Ch 16988   8]                 Base Address : 00000000B0000000
[4264h 16996   2]         Segment Group Number : 0000
[4266h 16998   1]             Start Bus Number : 00
[4267h 16999   1]               End Bus Number : FF
[4268h 17000   4]                     Reserved : 00000000

[426Ch 17004   8]                 Base Address : 00000000B0000000
[4274h 17012   2]         Segment Group Number : 0000
[4276h 17014   1]             Start Bus Number : 00
[4277h 17015   1]               End Bus Number : FF
[4278h 17016   4]                     Reserved : 00000000

[427Ch 17020   8]                 Base Address : 00000000B0000000
[4284h 17028   2]         Segment Group Number : 0000
[4286h 17030   1]             Start Bus Number : 00
[4287h 17031   1]               End Bus Number : FF
[4288h 17032   4]                     Reserved : 00000000

[428Ch 17036   8]                 Base Address : 00000000B0000000
[4294h 17044   2]         Segment Group Number : 0000
[4296h 17046   1]             Start Bus Number : 00
[4297h 17047   1]               End Bus Number : FF
[4298h 17048   4]                     Reserved : 00000000

[429Ch 17052   8]                 Base Address : 00000000B0000000
[42A4h 17060   2]         Segment Group Number : 0000
[42A6h 17062   1]             Start Bus Number : 00
[42A7h 17063   1]               End Bus Number : FF
[42A8h 17064   4]                     Reserved : 00000000

[42ACh 17068   8]                 Base Address : 00000000B0000000
[42B4h 17076   2]         Segment Group Number : 0000
[42B6h 17078   1]             Start Bus Number : 00
[42B7h 17079   1]               End Bus Number : FF
[42B8h 17080   4]                     Reserved : 00000000

[42BCh 17084   8]                 Base Address : 00000000B0000000
[42C4h 17092   2]         Segment Group Number : 0000
[42C6h 17094   1]             Start Bus Number : 00
[42C7h 17095   1]               End Bus Number : FF
[42C8h 17096   4]                     Reserved : 00000000

[42CCh 17100   8]                 Base Address : 00000000B0000000
[42D4h 17108   2]         Segment Group Number : 0000
[42D6h 17110   1]             Start Bus Number : 00
[42D7h 17111   1]               End Bus Number : FF
[42D8h 17112   4]                     Reserved : 00000000

[42DCh 17116   8]                 Base Address : 00000000B0000000
[42E4h 17124   2]         Segment Group Number : 0000
[42E6h 17126   1]             Start Bus Number : 00
[42E7h 17127   1]               End Bus Number : FF
[42E8h 17128   4]                     Reserved : 00000000

[42ECh 17132   8]                 Base Address : 00000000B0000000
[42F4h 17140   2]         Segment Group Number : 0000
[42F6h 17142   1]             Start Bus Number : 00
[42F7h 17143   1]               End Bus Number : FF
[42F8h 17144   4]                     Reserved : 00000000

[42FCh 17148   8]                 Base Address : 00000000B0000000
[4304h 17156   2]         Segment Group Number : 0000
[4306h 17158   1]             Start Bus Number : 00
[4307h 17159   1]               End Bus Number : FF
[4308h 17160   4]                     Reserved : 00000000

[430Ch 17164   8]                 Base Address : 00000000B0000000
[4314h 17172   2]         Segment Group Number : 0000
[4316h 17174   1]             Start Bus Number : 00
[4317h 17175   1]               End Bus Number : FF
[4318h 17176   4]                     Reserved : 00000000

[431Ch 17180   8]                 Base Address : 00000000B0000000
[4324h 17188   2]         Segment Group Number : 0000
[4326h 17190   1]             Start Bus Number : 00
[4327h 17191   1]               End Bus Number : FF
[4328h 17192   4]                     Reserved : 00000000

[432Ch 17196   8]                 Base Address : 00000000B0000000
[4334h 17204   2]         Segment Group Number : 0000
[4336h 17206   1]             Start Bus Number : 00
[4337h 17207   1]               End Bus Number : FF
[4338h 17208   4]                     Reserved : 00000000

[433Ch 17212   8]                 Base Address : 00000000B0000000
[4344h 17220   2]         Segment Group Number : 0000
[4346h 17222   1]             Start Bus Number : 00
[4347h 17223   1]               End Bus Number : FF
[4348h 17224   4]                     Reserved : 00000000

[434Ch 17228   8]                 Base Address : 00000000B0000000
[4354h 17236   2]         Segment Group Number : 0000
[4356h 17238   1]             Start Bus Number : 00
[4357h 17239   1]               End Bus Number : FF
[4358h 17240   4]                     Reserved : 00000000

[435Ch 17244   8]                 Base Address : 00000000B0000000
[4364h 17252   2]         Segment Group Number : 0000
[4366h 17254   1]             Start Bus Number : 00
[4367h 17255   1]               End Bus Number : FF
[4368h 17256   4]                     Reserved : 00000000

[436Ch 17260   8]                 Base Address : 00000000B0000000
[4374h 17268   2]         Segment Group Number : 0000
[4376h 17270   1]             Start Bus Number : 00
[4377h 17271   1]               End Bus Number : FF
[4378h 17272   4]                     Reserved : 00000000

[437Ch 17276   8]                 Base Address : 00000000B0000000
[4384h 17284   2]         Segment Group Number : 0000
[4386h 17286   1]             Start Bus Number : 00
[4387h 17287   1]               End Bus Number : FF
[4388h 17288   4]                     Reserved : 00000000

[438Ch 17292   8]                 Base Address : 00000000B0000000
[4394h 17300   2]         Segment Group Number : 0000
[4396h 17302   1]             Start Bus Number : 00
[4397h 17303   1]               End Bus Number : FF
[4398h 17304   4]                     Reserved : 00000000

[439Ch 17308   8]                 Base Address : 00000000B0000000
[43A4h 17316   2]         Segment Group Number : 0000
[43A6h 17318   1]             Start Bus Number : 00
[43A7h 17319   1]               End Bus Number : FF
[43A8h 17320   4]                     Reserved : 00000000

[43ACh 17324   8]                 Base Address : 00000000B0000000
[43B4h 17332   2]         Segment Group Number : 0000
[43B6h 17334   1]             Start Bus Number : 00
[43B7h 17335   1]               End Bus Number : FF
[43B8h 17336   4]                     Reserved : 00000000

[43BCh 17340   8]                 Base Address : 00000000B0000000
[43C4h 17348   2]         Segment Group Number : 0000
[43C6h 17350   1]             Start Bus Number : 00
[43C7h 17351   1]               End Bus Number : FF
[43C8h 17352   4]                     Reserved : 00000000

[43CCh 17356   8]                 Base Address : 00000000B0000000
[43D4h 17364   2]         Segment Group Number : 0000
[43D6h 17366   1]             Start Bus Number : 00
[43D7h 17367   1]               End Bus Number : FF
[43D8h 17368   4]                     Reserved : 00000000

[43DCh 17372   8]                 Base Address : 00000000B0000000
[43E4h 17380   2]         Segment Group Number : 0000
[43E6h 17382   1]             Start Bus Number : 00
[43E7h 17383   1]               End Bus Number : FF
[43E8h 17384   4]                     Reserved : 00000000

[43ECh 17388   8]                 Base Address : 00000000B0000000
[43F4h 17396   2]         Segment Group Number : 0000
[43F6h 17398   1]             Start Bus Number : 00
[43F7h 17399   1]               End Bus Number : FF
[43F8h 17400   4]                     Reserved : 00000000

[43FCh 17404   8]                 Base Address : 00000000B0000000
[4404h 17412   2]         Segment Group Number : 0000
[4406h 17414   1]             Start Bus Number : 00
[4407h 17415   1]               End Bus Number : FF
[4408h 17416   4]                     Reserved : 00000000

[440Ch 17420   8]                 Base Address : 00000000B0000000
[4414h 17428   2]         Segment Group Number : 0000
[4416h 17430   1]             Start Bus Number : 00
[4417h 17431   1]               End Bus Number : FF
[4418h 17432   4]                     Reserved : 00000000

[441Ch 17436   8]                 Base Address : 00000000B0000000
[4424h 17444   2]         Segment Group Number : 0000
[4426h 17446   1]             Start Bus Number : 00
[4427h 17447   1]               End Bus Number : FF
[4428h 17448   4]                     Reserved : 00000000

[442Ch 17452   8]                 Base Address : 00000000B0000000
[4434h 17460   2]         Segment Group Number : 0000
[4436h 17462   1]             Start Bus Number : 00
[4437h 17463   1]               End Bus Number : FF
[4438h 17464   4]                     Reserved : 00000000

[443Ch 17468   8]                 Base Address : 00000000B0000000
[4444h 17476   2]         Segment Group Number : 0000
[4446h 17478   1]             Start Bus Number : 00
[4447h 17479   1]               End Bus Number : FF
[4448h 17480   4]                     Reserved : 00000000

[444Ch 17484   8]                 Base Address : 00000000B0000000
[4454h 17492   2]         Segment Group Number : 0000
[4456h 17494   1]             Start Bus Number : 00
[4457h 17495   1]               End Bus Number : FF
[4458h 17496   4]                     Reserved : 00000000

[445Ch 17500   8]                 Base Address : 00000000B0000000
[4464h 17508   2]         Segment Group Number : 0000
[4466h 17510   1]             Start Bus Number : 00
[4467h 17511   1]               End Bus Number : FF
[4468h 17512   4]                     Reserved : 00000000

[446Ch 17516   8]                 Base Address : 00000000B0000000
[4474h 17524   2]         Segment Group Number : 0000
[4476h 17526   1]             Start Bus Number : 00
[4477h 17527   1]               End Bus Number : FF
[4478h 17528   4]                     Reserved : 00000000

[447Ch 17532   8]                 Base Address : 00000000B0000000
[4484h 17540   2]         Segment Group Number : 0000
[4486h 17542   1]             Start Bus Number : 00
[4487h 17543   1]               End Bus Number : FF
[4488h 17544   4]                     Reserved : 00000000

[448Ch 17548   8]                 Base Address : 00000000B0000000
[4494h 17556   2]         Segment Group Number : 0000
[4496h 17558   1]             Start Bus Number : 00
[4497h 17559   1]               End Bus Number : FF
[4498h 17560   4]                     Reserved : 00000000

[449Ch 17564   8]                 Base Address : 00000000B0000000
[44A4h 17572   2]         Segment Group Number : 0000
[44A6h 17574   1]             Start Bus Number : 00
[44A7h 17575   1]               End Bus Number : FF
[44A8h 17576   4]                     Reserved : 00000000

[44ACh 17580   8]                 Base Address : 00000000B0000000
[44B4h 17588   2]         Segment Group Number : 0000
[44B6h 17590   1]             Start Bus Number : 00
[44B7h 17591   1]               End Bus Number : FF
[44B8h 17592   4]                     Reserved : 00000000

[44BCh 17596   8]                 Base Address : 00000000B0000000
[44C4h 17604   2]         Segment Group Number : 0000
[44C6h 17606   1]             Start Bus Number : 00
[44C7h 17607   1]               End Bus Number : FF
[44C8h 17608   4]                     Reserved : 00000000

[44CCh 17612   8]                 Base Address : 00000000B0000000
[44D4h 17620   2]         Segment Group Number : 0000
[44D6h 17622   1]             Start Bus Number : 00
[44D7h 17623   1]               End Bus Number : FF
[44D8h 17624   4]                     Reserved : 00000000

[44DCh 17628   8]                 Base Address : 00000000B0000000
[44E4h 17636   2]         Segment Group Number : 0000
[44E6h 17638   1]             Start Bus Number : 00
[44E7h 17639   1]               End Bus Number : FF
[44E8h 17640   4]                     Reserved : 00000000

[44ECh 17644   8]                 Base Address : 00000000B0000000
[44F4h 17652   2]         Segment Group Number : 0000
[44F6h 17654   1]             Start Bus Number : 00
[44F7h 17655   1]               End Bus Number : FF
[44F8h 17656   4]                     Reserved : 00000000

[44FCh 17660   8]                 Base Address : 00000000B0000000
[4504h 17668   2]         Segment Group Number : 0000
[4506h 17670   1]             Start Bus Number : 00
[4507h 17671   1]               End Bus Number : FF
[4508h 17672   4]                     Reserved : 00000000

[450Ch 17676   8]                 Base Address : 00000000B0000000
[4514h 17684   2]         Segment Group Number : 0000
[4516h 17686   1]             Start Bus Number : 00
[4517h 17687   1]               End Bus Number : FF
[4518h 17688   4]                     Reserved : 00000000

[451Ch 17692   8]                 Base Address : 00000000B0000000
[4524h 17700   2]         Segment Group Number : 0000
[4526h 17702   1]             Start Bus Number : 00
[4527h 17703   1]               End Bus Number : FF
[4528h 17704   4]                     Reserved : 00000000

[452Ch 17708   8]                 Base Address : 00000000B0000000
[4534h 17716   2]         Segment Group Number : 0000
[4536h 17718   1]             Start Bus Number : 00
[4537h 17719   1]               End Bus Number : FF
[4538h 17720   4]                     Reserved : 00000000

[453Ch 17724   8]                 Base Address : 00000000B0000000
[4544h 17732   2]         Segment Group Number : 0000
[4546h 17734   1]             Start Bus Number : 00
[4547h 17735   1]               End Bus Number : FF
[4548h 17736   4]                     Reserved : 00000000

[454Ch 17740   8]                 Base Address : 00000000B0000000
[4554h 17748   2]         Segment Group Number : 0000
[4556h 17750   1]             Start Bus Number : 00
[4557h 17751   1]               End Bus Number : FF
[4558h 17752   4]                     Reserved : 00000000

[455Ch 17756   8]                 Base Address : 00000000B0000000
[4564h 17764   2]         Segment Group Number : 0000
[4566h 17766   1]             Start Bus Number : 00
[4567h 17767   1]               End Bus Number : FF
[4568h 17768   4]                     Reserved : 00000000

[456Ch 17772   8]                 Base Address : 00000000B0000000
[4574h 17780   2]         Segment Group Number : 0000
[4576h 17782   1]             Start Bus Number : 00
[4577h 17783   1]               End Bus Number : FF
[4578h 17784   4]                     Reserved : 00000000

[457Ch 17788   8]                 Base Address : 00000000B0000000
[4584h 17796   2]         Segment Group Number : 0000
[4586h 17798   1]             Start Bus Number : 00
[4587h 17799   1]               End Bus Number : FF
[4588h 17800   4]                     Reserved : 00000000

[458Ch 17804   8]                 Base Address : 00000000B0000000
[4594h 17812   2]         Segment Group Number : 0000
[4596h 17814   1]             Start Bus Number : 00
[4597h 17815   1]               End Bus Number : FF
[4598h 17816   4]                     Reserved : 00000000

[459Ch 17820   8]                 Base Address : 00000000B0000000
[45A4h 17828   2]         Segment Group Number : 0000
[45A6h 17830   1]             Start Bus Number : 00
[45A7h 17831   1]               End Bus Number : FF
[45A8h 17832   4]                     Reserved : 00000000

[45ACh 17836   8]                 Base Address : 00000000B0000000
[45B4h 17844   2]         Segment Group Number : 0000
[45B6h 17846   1]             Start Bus Number : 00
[45B7h 17847   1]               End Bus Number : FF
[45B8h 17848   4]                     Reserved : 00000000

[45BCh 17852   8]                 Base Address : 00000000B0000000
[45C4h 17860   2]         Segment Group Number : 0000
[45C6h 17862   1]             Start Bus Number : 00
[45C7h 17863   1]               End Bus Number : FF
[45C8h 17864   4]                     Reserved : 00000000

[45CCh 17868   8]                 Base Address : 00000000B0000000
[45D4h 17876   2]         Segment Group Number : 0000
[45D6h 17878   1]             Start Bus Number : 00
[45D7h 17879   1]               End Bus Number : FF
[45D8h 17880   4]                     Reserved : 00000000

[45DCh 17884   8]                 Base Address : 00000000B0000000
[45E4h 17892   2]         Segment Group Number : 0000
[45E6h 17894   1]             Start Bus Number : 00
[45E7h 17895   1]               End Bus Number : FF
[45E8h 17896   4]                     Reserved : 00000000

[45ECh 17900   8]                 Base Address : 00000000B0000000
[45F4h 17908   2]         Segment Group Number : 0000
[45F6h 17910   1]             Start Bus Number : 00
[45F7h 17911   1]               End Bus Number : FF
[45F8h 17912   4]                     Reserved : 00000000

[45FCh 17916   8]                 Base Address : 00000000B0000000
[4604h 17924   2]         Segment Group Number : 0000
[4606h 17926   1]             Start Bus Number : 00
[4607h 17927   1]               End Bus Number : FF
[4608h 17928   4]                     Reserved : 00000000

[460Ch 17932   8]                 Base Address : 00000000B0000000
[4614h 17940   2]         Segment Group Number : 0000
[4616h 17942   1]             Start Bus Number : 00
[4617h 17943   1]               End Bus Number : FF
[4618h 17944   4]                     Reserved : 00000000

[461Ch 17948   8]                 Base Address : 00000000B0000000
[4624h 17956   2]         Segment Group Number : 0000
[4626h 17958   1]             Start Bus Number : 00
[4627h 17959   1]               End Bus Number : FF
[4628h 17960   4]                     Reserved : 00000000

[462Ch 17964   8]                 Base Address : 00000000B0000000
[4634h 17972   2]         Segment Group Number : 0000
[4636h 17974   1]             Start Bus Number : 00
[4637h 17975   1]               End Bus Number : FF
[4638h 17976   4]                     Reserved : 00000000

[463Ch 17980   8]                 Base Address : 00000000B0000000
[4644h 17988   2]         Segment Group Number : 0000
[4646h 17990   1]             Start Bus Number : 00
[4647h 17991   1]               End Bus Number : FF
[4648h 17992   4]                     Reserved : 00000000

[464Ch 17996   8]                 Base Address : 00000000B0000000
[4654h 18004   2]         Segment Group Number : 0000
[4656h 18006   1]             Start Bus Number : 00
[4657h 18007   1]               End Bus Number : FF
[4658h 18008   4]                     Reserved : 00000000

[465Ch 18012   8]                 Base Address : 00000000B0000000
[4664h 18020   2]         Segment Group Number : 0000
[4666h 18022   1]             Start Bus Number : 00
[4667h 18023   1]               End Bus Number : FF
[4668h 18024   4]                     Reserved : 00000000

[466Ch 18028   8]                 Base Address : 00000000B0000000
[4674h 18036   2]         Segment Group Number : 0000
[4676h 18038   1]             Start Bus Number : 00
[4677h 18039   1]               End Bus Number : FF
[4678h 18040   4]                     Reserved : 00000000

[467Ch 18044   8]                 Base Address : 00000000B0000000
[4684h 18052   2]         Segment Group Number : 0000
[4686h 18054   1]             Start Bus Number : 00
[4687h 18055   1]               End Bus Number : FF
[4688h 18056   4]                     Reserved : 00000000

[468Ch 18060   8]                 Base Address : 00000000B0000000
[4694h 18068   2]         Segment Group Number : 0000
[4696h 18070   1]             Start Bus Number : 00
[4697h 18071   1]               End Bus Number : FF
[4698h 18072   4]                     Reserved : 00000000

[469Ch 18076   8]                 Base Address : 00000000B0000000
[46A4h 18084   2]         Segment Group Number : 0000
[46A6h 18086   1]             Start Bus Number : 00
[46A7h 18087   1]               End Bus Number : FF
[46A8h 18088   4]                     Reserved : 00000000

[46ACh 18092   8]                 Base Address : 00000000B0000000
[46B4h 18100   2]         Segment Group Number : 0000
[46B6h 18102   1]             Start Bus Number : 00
[46B7h 18103   1]               End Bus Number : FF
[46B8h 18104   4]                     Reserved : 00000000

[46BCh 18108   8]                 Base Address : 00000000B0000000
[46C4h 18116   2]         Segment Group Number : 0000
[46C6h 18118   1]             Start Bus Number : 00
[46C7h 18119   1]               End Bus Number : FF
[46C8h 18120   4]                     Reserved : 00000000

[46CCh 18124   8]                 Base Address : 00000000B0000000
[46D4h 18132   2]         Segment Group Number : 0000
[46D6h 18134   1]             Start Bus Number : 00
[46D7h 18135   1]               End Bus Number : FF
[46D8h 18136   4]                     Reserved : 00000000

[46DCh 18140   8]                 Base Address : 00000000B0000000
[46E4h 18148   2]         Segment Group Number : 0000
[46E6h 18150   1]             Start Bus Number : 00
[46E7h 18151   1]               End Bus Number : FF
[46E8h 18152   4]                     Reserved : 00000000

[46ECh 18156   8]                 Base Address : 00000000B0000000
[46F4h 18164   2]         Segment Group Number : 0000
[46F6h 18166   1]             Start Bus Number : 00
[46F7h 18167   1]               End Bus Number : FF
[46F8h 18168   4]                     Reserved : 00000000

[46FCh 18172   8]                 Base Address : 00000000B0000000
[4704h 18180   2]         Segment Group Number : 0000
[4706h 18182   1]             Start Bus Number : 00
[4707h 18183   1]               End Bus Number : FF
[4708h 18184   4]                     Reserved : 00000000

[470Ch 18188   8]                 Base Address : 00000000B0000000
[4714h 18196   2]         Segment Group Number : 0000
[4716h 18198   1]             Start Bus Number : 00
[4717h 18199   1]               End Bus Number : FF
[4718h 18200   4]                     Reserved : 00000000

[471Ch 18204   8]                 Base Address : 00000000B0000000
[4724h 18212   2]         Segment Group Number : 0000
[4726h 18214   1]             Start Bus Number : 00
[4727h 18215   1]               End Bus Number : FF
[4728h 18216   4]                     Reserved : 00000000

[472Ch 18220   8]                 Base Address : 00000000B0000000
[4734h 18228   2]         Segment Group Number : 0000
[4736h 18230   1]             Start Bus Number : 00
[4737h 18231   1]               End Bus Number : FF
[4738h 18232   4]                     Reserved : 00000000

[473Ch 18236   8]                 Base Address : 00000000B0000000
[4744h 18244   2]         Segment Group Number : 0000
[4746h 18246   1]             Start Bus Number : 00
[4747h 18247   1]               End Bus Number : FF
[4748h 18248   4]                     Reserved : 00000000

[474Ch 18252   8]                 Base Address : 00000000B0000000
[4754h 18260   2]         Segment Group Number : 0000
[4756h 18262   1]             Start Bus Number : 00
[4757h 18263   1]               End Bus Number : FF
[4758h 18264   4]                     Reserved : 00000000

[475Ch 18268   8]                 Base Address : 00000000B0000000
[4764h 18276   2]         Segment Group Number : 0000
[4766h 18278   1]             Start Bus Number : 00
[4767h 18279   1]               End Bus Number : FF
[4768h 18280   4]                     Reserved : 00000000

[476Ch 18284   8]                 Base Address : 00000000B0000000
[4774h 18292   2]         Segment Group Number : 0000
[4776h 18294   1]             Start Bus Number : 00
[4777h 18295   1]               End Bus Number : FF
[4778h 18296   4]                     Reserved : 00000000

[477Ch 18300   8]                 Base Address : 00000000B0000000
[4784h 18308   2]         Segment Group Number : 0000
[4786h 18310   1]             Start Bus Number : 00
[4787h 18311   1]               End Bus Number : FF
[4788h 18312   4]                     Reserved : 00000000

[478Ch 18316   8]                 Base Address : 00000000B0000000
[4794h 18324   2]         Segment Group Number : 0000
[4796h 18326   1]             Start Bus Number : 00
[4797h 18327   1]               End Bus Number : FF
[4798h 18328   4]                     Reserved : 00000000

[479Ch 18332   8]                 Base Address : 00000000B0000000
[47A4h 18340   2]         Segment Group Number : 0000
[47A6h 18342   1]             Start Bus Number : 00
[47A7h 18343   1]               End Bus Number : FF
[47A8h 18344   4]                     Reserved : 00000000

[47ACh 18348   8]                 Base Address : 00000000B0000000
[47B4h 18356   2]         Segment Group Number : 0000
[47B6h 18358   1]             Start Bus Number : 00
[47B7h 18359   1]               End Bus Number : FF
[47B8h 18360   4]                     Reserved : 00000000

[47BCh 18364   8]                 Base Address : 00000000B0000000
[47C4h 18372   2]         Segment Group Number : 0000
[47C6h 18374   1]             Start Bus Number : 00
[47C7h 18375   1]               End Bus Number : FF
[47C8h 18376   4]                     Reserved : 00000000

[47CCh 18380   8]                 Base Address : 00000000B0000000
[47D4h 18388   2]         Segment Group Number : 0000
[47D6h 18390   1]             Start Bus Number : 00
[47D7h 18391   1]               End Bus Number : FF
[47D8h 18392   4]                     Reserved : 00000000

[47DCh 18396   8]                 Base Address : 00000000B0000000
[47E4h 18404   2]         Segment Group Number : 0000
[47E6h 18406   1]             Start Bus Number : 00
[47E7h 18407   1]               End Bus Number : FF
[47E8h 18408   4]                     Reserved : 00000000

[47ECh 18412   8]                 Base Address : 00000000B0000000
[47F4h 18420   2]         Segment Group Number : 0000
[47F6h 18422   1]             Start Bus Number : 00
[47F7h 18423   1]               End Bus Number : FF
[47F8h 18424   4]                     Reserved : 00000000

[47FCh 18428   8]                 Base Address : 00000000B0000000
[4804h 18436   2]         Segment Group Number : 0000
[4806h 18438   1]             Start Bus Number : 00
[4807h 18439   1]               End Bus Number : FF
[4808h 18440   4]                     Reserved : 00000000

[480Ch 18444   8]                 Base Address : 00000000B0000000
[4814h 18452   2]         Segment Group Number : 0000
[4816h 18454   1]             Start Bus Number : 00
[4817h 18455   1]               End Bus Number : FF
[4818h 18456   4]                     Reserved : 00000000

[481Ch 18460   8]                 Base Address : 00000000B0000000
[4824h 18468   2]         Segment Group Number : 0000
[4826h 18470   1]             Start Bus Number : 00
[4827h 18471   1]               End Bus Number : FF
[4828h 18472   4]                     Reserved : 00000000

[482Ch 18476   8]                 Base Address : 00000000B0000000
[4834h 18484   2]         Segment Group Number : 0000
[4836h 18486   1]             Start Bus Number : 00
[4837h 18487   1]               End Bus Number : FF
[4838h 18488   4]                     Reserved : 00000000

[483Ch 18492   8]                 Base Address : 00000000B0000000
[4844h 18500   2]         Segment Group Number : 0000
[4846h 18502   1]             Start Bus Number : 00
[4847h 18503   1]               End Bus Number : FF
[4848h 18504   4]                     Reserved : 00000000

[484Ch 18508   8]                 Base Address : 00000000B0000000
[4854h 18516   2]         Segment Group Number : 0000
[4856h 18518   1]             Start Bus Number : 00
[4857h 18519   1]               End Bus Number : FF
[4858h 18520   4]                     Reserved : 00000000

[485Ch 18524   8]                 Base Address : 00000000B0000000
[4864h 18532   2]         Segment Group Number : 0000
[4866h 18534   1]             Start Bus Number : 00
[4867h 18535   1]               End Bus Number : FF
[4868h 18536   4]                     Reserved : 00000000

[486Ch 18540   8]                 Base Address : 00000000B0000000
[4874h 18548   2]         Segment Group Number : 0000
[4876h 18550   1]             Start Bus Number : 00
[4877h 18551   1]               End Bus Number : FF
[4878h 18552   4]                     Reserved : 00000000

[487Ch 18556   8]                 Base Address : 00000000B0000000
[4884h 18564   2]         Segment Group Number : 0000
[4886h 18566   1]             Start Bus Number : 00
[4887h 18567   1]               End Bus Number : FF
[4888h 18568   4]                     Reserved : 00000000

[488Ch 18572   8]                 Base Address : 00000000B0000000
[4894h 18580   2]         Segment Group Number : 0000
[4896h 18582   1]             Start Bus Number : 00
[4897h 18583   1]               End Bus Number : FF
[4898h 18584   4]                     Reserved : 00000000

[489Ch 18588   8]                 Base Address : 00000000B0000000
[48A4h 18596   2]         Segment Group Number : 0000
[48A6h 18598   1]             Start Bus Number : 00
[48A7h 18599   1]               End Bus Number : FF
[48A8h 18600   4]                     Reserved : 00000000

[48ACh 18604   8]                 Base Address : 00000000B0000000
[48B4h 18612   2]         Segment Group Number : 0000
[48B6h 18614   1]             Start Bus Number : 00
[48B7h 18615   1]               End Bus Number : FF
[48B8h 18616   4]                     Reserved : 00000000

[48BCh 18620   8]                 Base Address : 00000000B0000000
[48C4h 18628   2]         Segment Group Number : 0000
[48C6h 18630   1]             Start Bus Number : 00
[48C7h 18631   1]               End Bus Number : FF
[48C8h 18632   4]                     Reserved : 00000000

[48CCh 18636   8]                 Base Address : 00000000B0000000
[48D4h 18644   2]         Segment Group Number : 0000
[48D6h 18646   1]             Start Bus Number : 00
[48D7h 18647   1]               End Bus Number : FF
[48D8h 18648   4]                     Reserved : 00000000

[48DCh 18652   8]                 Base Address : 00000000B0000000
[48E4h 18660   2]         Segment Group Number : 0000
[48E6h 18662   1]             Start Bus Number : 00
[48E7h 18663   1]               End Bus Number : FF
[48E8h 18664   4]                     Reserved : 00000000

[48ECh 18668   8]                 Base Address : 00000000B0000000
[48F4h 18676   2]         Segment Group Number : 0000
[48F6h 18678   1]             Start Bus Number : 00
[48F7h 18679   1]               End Bus Number : FF
[48F8h 18680   4]                     Reserved : 00000000

[48FCh 18684   8]                 Base Address : 00000000B0000000
[4904h 18692   2]         Segment Group Number : 0000
[4906h 18694   1]             Start Bus Number : 00
[4907h 18695   1]               End Bus Number : FF
[4908h 18696   4]                     Reserved : 00000000

[490Ch 18700   8]                 Base Address : 00000000B0000000
[4914h 18708   2]         Segment Group Number : 0000
[4916h 18710   1]             Start Bus Number : 00
[4917h 18711   1]               End Bus Number : FF
[4918h 18712   4]                     Reserved : 00000000

[491Ch 18716   8]                 Base Address : 00000000B0000000
[4924h 18724   2]         Segment Group Number : 0000
[4926h 18726   1]             Start Bus Number : 00
[4927h 18727   1]               End Bus Number : FF
[4928h 18728   4]                     Reserved : 00000000

[492Ch 18732   8]                 Base Address : 00000000B0000000
[4934h 18740   2]         Segment Group Number : 0000
[4936h 18742   1]             Start Bus Number : 00
[4937h 18743   1]               End Bus Number : FF
[4938h 18744   4]                     Reserved : 00000000

[493Ch 18748   8]                 Base Address : 00000000B0000000
[4944h 18756   2]         Segment Group Number : 0000
[4946h 18758   1]             Start Bus Number : 00
[4947h 18759   1]               End Bus Number : FF
[4948h 18760   4]                     Reserved : 00000000

[494Ch 18764   8]                 Base Address : 00000000B0000000
[4954h 18772   2]         Segment Group Number : 0000
[4956h 18774   1]             Start Bus Number : 00
[4957h 18775   1]               End Bus Number : FF
[4958h 18776   4]                     Reserved : 00000000

[495Ch 18780   8]                 Base Address : 00000000B0000000
[4964h 18788   2]         Segment Group Number : 0000
[4966h 18790   1]             Start Bus Number : 00
[4967h 18791   1]               End Bus Number : FF
[4968h 18792   4]                     Reserved : 00000000

[496Ch 18796   8]                 Base Address : 00000000B0000000
[4974h 18804   2]         Segment Group Number : 0000
[4976h 18806   1]             Start Bus Number : 00
[4977h 18807   1]               End Bus Number : FF
[4978h 18808   4]                     Reserved : 00000000

[497Ch 18812   8]                 Base Address : 00000000B0000000
[4984h 18820   2]         Segment Group Number : 0000
[4986h 18822   1]             Start Bus Number : 00
[4987h 18823   1]               End Bus Number : FF
[4988h 18824   4]                     Reserved : 00000000

[498Ch 18828   8]                 Base Address : 00000000B0000000
[4994h 18836   2]         Segment Group Number : 0000
[4996h 18838   1]             Start Bus Number : 00
[4997h 18839   1]               End Bus Number : FF
[4998h 18840   4]                     Reserved : 00000000

[499Ch 18844   8]                 Base Address : 00000000B0000000
[49A4h 18852   2]         Segment Group Number : 0000
[49A6h 18854   1]             Start Bus Number : 00
[49A7h 18855   1]               End Bus Number : FF
[49A8h 18856   4]                     Reserved : 00000000

[49ACh 18860   8]                 Base Address : 00000000B0000000
[49B4h 18868   2]         Segment Group Number : 0000
[49B6h 18870   1]             Start Bus Number : 00
[49B7h 18871   1]               End Bus Number : FF
[49B8h 18872   4]                     Reserved : 00000000

[49BCh 18876   8]                 Base Address : 00000000B0000000
[49C4h 18884   2]         Segment Group Number : 0000
[49C6h 18886   1]             Start Bus Number : 00
[49C7h 18887   1]               End Bus Number : FF
[49C8h 18888   4]                     Reserved : 00000000

[49CCh 18892   8]                 Base Address : 00000000B0000000
[49D4h 18900   2]         Segment Group Number : 0000
[49D6h 18902   1]             Start Bus Number : 00
[49D7h 18903   1]               End Bus Number : FF
[49D8h 18904   4]                     Reserved : 00000000

[49DCh 18908   8]                 Base Address : 00000000B0000000
[49E4h 18916   2]         Segment Group Number : 0000
[49E6h 18918   1]             Start Bus Number : 00
[49E7h 18919   1]               End Bus Number : FF
[49E8h 18920   4]                     Reserved : 00000000

[49ECh 18924   8]                 Base Address : 00000000B0000000
[49F4h 18932   2]         Segment Group Number : 0000
[49F6h 18934   1]             Start Bus Number : 00
[49F7h 18935   1]               End Bus Number : FF
[49F8h 18936   4]                     Reserved : 00000000

[49FCh 18940   8]                 Base Address : 00000000B0000000
[4A04h 18948   2]         Segment Group Number : 0000
[4A06h 18950   1]             Start Bus Number : 00
[4A07h 18951   1]               End Bus Number : FF
[4A08h 18952   4]                     Reserved : 00000000

[4A0Ch 18956   8]                 Base Address : 00000000B0000000
[4A14h 18964   2]         Segment Group Number : 0000
[4A16h 18966   1]             Start Bus Number : 00
[4A17h 18967   1]               End Bus Number : FF
[4A18h 18968   4]                     Reserved : 00000000

[4A1Ch 18972   8]                 Base Address : 00000000B0000000
[4A24h 18980   2]         Segment Group Number : 0000
[4A26h 18982   1]             Start Bus Number : 00
[4A27h 18983   1]               End Bus Number : FF
[4A28h 18984   4]                     Reserved : 00000000

[4A2Ch 18988   8]                 Base Address : 00000000B0000000
[4A34h 18996   2]         Segment Group Number : 0000
[4A36h 18998   1]             Start Bus Number : 00
[4A37h 18999   1]               End Bus Number : FF
[4A38h 19000   4]                     Reserved : 00000000

[4A3Ch 19004   8]                 Base Address : 00000000B0000000
[4A44h 19012   2]         Segment Group Number : 0000
[4A46h 19014   1]             Start Bus Number : 00
[4A47h 19015   1]               End Bus Number : FF
[4A48h 19016   4]                     Reserved : 00000000

[4A4Ch 19020   8]                 Base Address : 00000000B0000000
[4A54h 19028   2]         Segment Group Number : 0000
[4A56h 19030   1]             Start Bus Number : 00
[4A57h 19031   1]               End Bus Number : FF
[4A58h 19032   4]                     Reserved : 00000000

[4A5Ch 19036   8]                 Base Address : 00000000B0000000
[4A64h 19044   2]         Segment Group Number : 0000
[4A66h 19046   1]             Start Bus Number : 00
[4A67h 19047   1]               End Bus Number : FF
[4A68h 19048   4]                     Reserved : 00000000

[4A6Ch 19052   8]                 Base Address : 00000000B0000000
[4A74h 19060   2]         Segment Group Number : 0000
[4A76h 19062   1]             Start Bus Number : 00
[4A77h 19063   1]               End Bus Number : FF
[4A78h 19064   4]                     Reserved : 00000000

[4A7Ch 19068   8]                 Base Address : 00000000B0000000
[4A84h 19076   2]         Segment Group Number : 0000
[4A86h 19078   1]             Start Bus Number : 00
[4A87h 19079   1]               End Bus Number : FF
[4A88h 19080   4]                     Reserved : 00000000

[4A8Ch 19084   8]                 Base Address : 00000000B0000000
[4A94h 19092   2]         Segment Group Number : 0000
[4A96h 19094   1]             Start Bus Number : 00
[4A97h 19095   1]               End Bus Number : FF
[4A98h 19096   4]                     Reserved : 00000000

[4A9Ch 19100   8]                 Base Address : 00000000B0000000
[4AA4h 19108   2]         Segment Group Number : 0000
[4AA6h 19110   1]             Start Bus Number : 00
[4AA7h 19111   1]               End Bus Number : FF
[4AA8h 19112   4]                     Reserved : 00000000

[4AACh 19116   8]                 Base Address : 00000000B0000000
[4AB4h 19124   2]         Segment Group Number : 0000
[4AB6h 19126   1]             Start Bus Number : 00
[4AB7h 19127   1]               End Bus Number : FF
[4AB8h 19128   4]                     Reserved : 00000000

[4ABCh 19132   8]                 Base Address : 00000000B0000000
[4AC4h 19140   2]         Segment Group Number : 0000
[4AC6h 19142   1]             Start Bus Number : 00
[4AC7h 19143   1]               End Bus Number : FF
[4AC8h 19144   4]                     Reserved : 00000000

[4ACCh 19148   8]                 Base Address : 00000000B0000000
[4AD4h 19156   2]         Segment Group Number : 0000
[4AD6h 19158   1]             Start Bus Number : 00
[4AD7h 19159   1]               End Bus Number : FF
[4AD8h 19160   4]                     Reserved : 00000000

[4ADCh 19164   8]                 Base Address : 00000000B0000000
[4AE4h 19172   2]         Segment Group Number : 0000
[4AE6h 19174   1]             Start Bus Number : 00
[4AE7h 19175   1]               End Bus Number : FF
[4AE8h 19176   4]                     Reserved : 00000000

[4AECh 19180   8]                 Base Address : 00000000B0000000
[4AF4h 19188   2]         Segment Group Number : 0000
[4AF6h 19190   1]             Start Bus Number : 00
[4AF7h 19191   1]               End Bus Number : FF
[4AF8h 19192   4]                     Reserved : 00000000

[4AFCh 19196   8]                 Base Address : 00000000B0000000
[4B04h 19204   2]         Segment Group Number : 0000
[4B06h 19206   1]             Start Bus Number : 00
[4B07h 19207   1]               End Bus Number : FF
[4B08h 19208   4]                     Reserved : 00000000

[4B0Ch 19212   8]                 Base Address : 00000000B0000000
[4B14h 19220   2]         Segment Group Number : 0000
[4B16h 19222   1]             Start Bus Number : 00
[4B17h 19223   1]               End Bus Number : FF
[4B18h 19224   4]                     Reserved : 00000000

[4B1Ch 19228   8]                 Base Address : 00000000B0000000
[4B24h 19236   2]         Segment Group Number : 0000
[4B26h 19238   1]             Start Bus Number : 00
[4B27h 19239   1]               End Bus Number : FF
[4B28h 19240   4]                     Reserved : 00000000

[4B2Ch 19244   8]                 Base Address : 00000000B0000000
[4B34h 19252   2]         Segment Group Number : 0000
[4B36h 19254   1]             Start Bus Number : 00
[4B37h 19255   1]               End Bus Number : FF
[4B38h 19256   4]                     Reserved : 00000000

[4B3Ch 19260   8]                 Base Address : 00000000B0000000
[4B44h 19268   2]         Segment Group Number : 0000
[4B46h 19270   1]             Start Bus Number : 00
[4B47h 19271   1]               End Bus Number : FF
[4B48h 19272   4]                     Reserved : 00000000

[4B4Ch 19276   8]                 Base Address : 00000000B0000000
[4B54h 19284   2]         Segment Group Number : 0000
[4B56h 19286   1]             Start Bus Number : 00
[4B57h 19287   1]               End Bus Number : FF
[4B58h 19288   4]                     Reserved : 00000000

[4B5Ch 19292   8]                 Base Address : 00000000B0000000
[4B64h 19300   2]         Segment Group Number : 0000
[4B66h 19302   1]             Start Bus Number : 00
[4B67h 19303   1]               End Bus Number : FF
[4B68h 19304   4]                     Reserved : 00000000

[4B6Ch 19308   8]                 Base Address : 00000000B0000000
[4B74h 19316   2]         Segment Group Number : 0000
[4B76h 19318   1]             Start Bus Number : 00
[4B77h 19319   1]               End Bus Number : FF
[4B78h 19320   4]                     Reserved : 00000000

[4B7Ch 19324   8]                 Base Address : 00000000B0000000
[4B84h 19332   2]         Segment Group Number : 0000
[4B86h 19334   1]             Start Bus Number : 00
[4B87h 19335   1]               End Bus Number : FF
[4B88h 19336   4]                     Reserved : 00000000

[4B8Ch 19340   8]                 Base Address : 00000000B0000000
[4B94h 19348   2]         Segment Group Number : 0000
[4B96h 19350   1]             Start Bus Number : 00
[4B97h 19351   1]               End Bus Number : FF
[4B98h 19352   4]                     Reserved : 00000000

[4B9Ch 19356   8]                 Base Address : 00000000B0000000
[4BA4h 19364   2]         Segment Group Number : 0000
[4BA6h 19366   1]             Start Bus Number : 00
[4BA7h 19367   1]               End Bus Number : FF
[4BA8h 19368   4]                     Reserved : 00000000

[4BACh 19372   8]                 Base Address : 00000000B0000000
[4BB4h 19380   2]         Segment Group Number : 0000
[4BB6h 19382   1]             Start Bus Number : 00
[4BB7h 19383   1]               End Bus Number : FF
[4BB8h 19384   4]                     Reserved : 00000000

[4BBCh 19388   8]                 Base Address : 00000000B0000000
[4BC4h 19396   2]         Segment Group Number : 0000
[4BC6h 19398   1]             Start Bus Number : 00
[4BC7h 19399   1]               End Bus Number : FF
[4BC8h 19400   4]                     Reserved : 00000000

[4BCCh 19404   8]                 Base Address : 00000000B0000000
[4BD4h 19412   2]         Segment Group Number : 0000
[4BD6h 19414   1]             Start Bus Number : 00
[4BD7h 19415   1]               End Bus Number : FF
[4BD8h 19416   4]                     Reserved : 00000000

[4BDCh 19420   8]                 Base Address : 00000000B0000000
[4BE4h 19428   2]         Segment Group Number : 0000
[4BE6h 19430   1]             Start Bus Number : 00
[4BE7h 19431   1]               End Bus Number : FF
[4BE8h 19432   4]                     Reserved : 00000000

[4BECh 19436   8]                 Base Address : 00000000B0000000
[4BF4h 19444   2]         Segment Group Number : 0000
[4BF6h 19446   1]             Start Bus Number : 00
[4BF7h 19447   1]               End Bus Number : FF
[4BF8h 19448   4]                     Reserved : 00000000

[4BFCh 19452   8]                 Base Address : 00000000B0000000
[4C04h 19460   2]         Segment Group Number : 0000
[4C06h 19462   1]             Start Bus Number : 00
[4C07h 19463   1]               End Bus Number : FF
[4C08h 19464   4]                     Reserved : 00000000

[4C0Ch 19468   8]                 Base Address : 00000000B0000000
[4C14h 19476   2]         Segment Group Number : 0000
[4C16h 19478   1]             Start Bus Number : 00
[4C17h 19479   1]               End Bus Number : FF
[4C18h 19480   4]                     Reserved : 00000000

[4C1Ch 19484   8]                 Base Address : 00000000B0000000
[4C24h 19492   2]         Segment Group Number : 0000
[4C26h 19494   1]             Start Bus Number : 00
[4C27h 19495   1]               End Bus Number : FF
[4C28h 19496   4]                     Reserved : 00000000

[4C2Ch 19500   8]                 Base Address : 00000000B0000000
[4C34h 19508   2]         Segment Group Number : 0000
[4C36h 19510   1]             Start Bus Number : 00
[4C37h 19511   1]               End Bus Number : FF
[4C38h 19512   4]                     Reserved : 00000000

[4C3Ch 19516   8]                 Base Address : 00000000B0000000
[4C44h 19524   2]         Segment Group Number : 0000
[4C46h 19526   1]             Start Bus Number : 00
[4C47h 19527   1]               End Bus Number : FF
[4C48h 19528   4]                     Reserved : 00000000

[4C4Ch 19532   8]                 Base Address : 00000000B0000000
[4C54h 19540   2]         Segment Group Number : 0000
[4C56h 19542   1]             Start Bus Number : 00
[4C57h 19543   1]               End Bus Number : FF
[4C58h 19544   4]                     Reserved : 00000000

[4C5Ch 19548   8]                 Base Address : 00000000B0000000
[4C64h 19556   2]         Segment Group Number : 0000
[4C66h 19558   1]             Start Bus Number : 00
[4C67h 19559   1]               End Bus Number : FF
[4C68h 19560   4]                     Reserved : 00000000

[4C6Ch 19564   8]                 Base Address : 00000000B0000000
[4C74h 19572   2]         Segment Group Number : 0000
[4C76h 19574   1]             Start Bus Number : 00
[4C77h 19575   1]               End Bus Number : FF
[4C78h 19576   4]                     Reserved : 00000000

[4C7Ch 19580   8]                 Base Address : 00000000B0000000
[4C84h 19588   2]         Segment Group Number : 0000
[4C86h 19590   1]             Start Bus Number : 00
[4C87h 19591   1]               End Bus Number : FF
[4C88h 19592   4]                     Reserved : 00000000

[4C8Ch 19596   8]                 Base Address : 00000000B0000000
[4C94h 19604   2]         Segment Group Number : 0000
[4C96h 19606   1]             Start Bus Number : 00
[4C97h 19607   1]               End Bus Number : FF
[4C98h 19608   4]                     Reserved : 00000000

[4C9Ch 19612   8]                 Base Address : 00000000B0000000
[4CA4h 19620   2]         Segment Group Number : 0000
[4CA6h 19622   1]             Start Bus Number : 00
[4CA7h 19623   1]               End Bus Number : FF
[4CA8h 19624   4]                     Reserved : 00000000

[4CACh 19628   8]                 Base Address : 00000000B0000000
[4CB4h 19636   2]         Segment Group Number : 0000
[4CB6h 19638   1]             Start Bus Number : 00
[4CB7h 19639   1]               End Bus Number : FF
[4CB8h 19640   4]                     Reserved : 00000000

[4CBCh 19644   8]                 Base Address : 00000000B0000000
[4CC4h 19652   2]         Segment Group Number : 0000
[4CC6h 19654   1]             Start Bus Number : 00
[4CC7h 19655   1]               End Bus Number : FF
[4CC8h 19656   4]                     Reserved : 00000000

[4CCCh 19660   8]                 Base Address : 00000000B0000000
[4CD4h 19668   2]         Segment Group Number : 0000
[4CD6h 19670   1]             Start Bus Number : 00
[4CD7h 19671   1]               End Bus Number : FF
[4CD8h 19672   4]                     Reserved : 00000000

[4CDCh 19676   8]                 Base Address : 00000000B0000000
[4CE4h 19684   2]         Segment Group Number : 0000
[4CE6h 19686   1]             Start Bus Number : 00
[4CE7h 19687   1]               End Bus Number : FF
[4CE8h 19688   4]                     Reserved : 00000000

[4CECh 19692   8]                 Base Address : 00000000B0000000
[4CF4h 19700   2]         Segment Group Number : 0000
[4CF6h 19702   1]             Start Bus Number : 00
[4CF7h 19703   1]               End Bus Number : FF
[4CF8h 19704   4]                     Reserved : 00000000

[4CFCh 19708   8]                 Base Address : 00000000B0000000
[4D04h 19716   2]         Segment Group Number : 0000
[4D06h 19718   1]             Start Bus Number : 00
[4D07h 19719   1]               End Bus Number : FF
[4D08h 19720   4]                     Reserved : 00000000

[4D0Ch 19724   8]                 Base Address : 00000000B0000000
[4D14h 19732   2]         Segment Group Number : 0000
[4D16h 19734   1]             Start Bus Number : 00
[4D17h 19735   1]               End Bus Number : FF
[4D18h 19736   4]                     Reserved : 00000000

[4D1Ch 19740   8]                 Base Address : 00000000B0000000
[4D24h 19748   2]         Segment Group Number : 0000
[4D26h 19750   1]             Start Bus Number : 00
[4D27h 19751   1]               End Bus Number : FF
[4D28h 19752   4]                     Reserved : 00000000

[4D2Ch 19756   8]                 Base Address : 00000000B0000000
[4D34h 19764   2]         Segment Group Number : 0000
[4D36h 19766   1]             Start Bus Number : 00
[4D37h 19767   1]               End Bus Number : FF
[4D38h 19768   4]                     Reserved : 00000000

[4D3Ch 19772   8]                 Base Address : 00000000B0000000
[4D44h 19780   2]         Segment Group Number : 0000
[4D46h 19782   1]             Start Bus Number : 00
[4D47h 19783   1]               End Bus Number : FF
[4D48h 19784   4]                     Reserved : 00000000

[4D4Ch 19788   8]                 Base Address : 00000000B0000000
[4D54h 19796   2]         Segment Group Number : 0000
[4D56h 19798   1]             Start Bus Number : 00
[4D57h 19799   1]               End Bus Number : FF
[4D58h 19800   4]                     Reserved : 00000000

[4D5Ch 19804   8]                 Base Address : 00000000B0000000
[4D64h 19812   2]         Segment Group Number : 0000
[4D66h 19814   1]             Start Bus Number : 00
[4D67h 19815   1]               End Bus Number : FF
[4D68h 19816   4]                     Reserved : 00000000

[4D6Ch 19820   8]                 Base Address : 00000000B0000000
[4D74h 19828   2]         Segment Group Number : 0000
[4D76h 19830   1]             Start Bus Number : 00
[4D77h 19831   1]               End Bus Number : FF
[4D78h 19832   4]                     Reserved : 00000000

[4D7Ch 19836   8]                 Base Address : 00000000B0000000
[4D84h 19844   2]         Segment Group Number : 0000
[4D86h 19846   1]             Start Bus Number : 00
[4D87h 19847   1]               End Bus Number : FF
[4D88h 19848   4]                     Reserved : 00000000

[4D8Ch 19852   8]                 Base Address : 00000000B0000000
[4D94h 19860   2]         Segment Group Number : 0000
[4D96h 19862   1]             Start Bus Number : 00
[4D97h 19863   1]               End Bus Number : FF
[4D98h 19864   4]                     Reserved : 00000000

[4D9Ch 19868   8]                 Base Address : 00000000B0000000
[4DA4h 19876   2]         Segment Group Number : 0000
[4DA6h 19878   1]             Start Bus Number : 00
[4DA7h 19879   1]               End Bus Number : FF
[4DA8h 19880   4]                     Reserved : 00000000

[4DACh 19884   8]                 Base Address : 00000000B0000000
[4DB4h 19892   2]         Segment Group Number : 0000
[4DB6h 19894   1]             Start Bus Number : 00
[4DB7h 19895   1]               End Bus Number : FF
[4DB8h 19896   4]                     Reserved : 00000000

[4DBCh 19900   8]                 Base Address : 00000000B0000000
[4DC4h 19908   2]         Segment Group Number : 0000
[4DC6h 19910   1]             Start Bus Number : 00
[4DC7h 19911   1]               End Bus Number : FF
[4DC8h 19912   4]                     Reserved : 00000000

[4DCCh 19916   8]                 Base Address : 00000000B0000000
[4DD4h 19924   2]         Segment Group Number : 0000
[4DD6h 19926   1]             Start Bus Number : 00
[4DD7h 19927   1]               End Bus Number : FF
[4DD8h 19928   4]                     Reserved : 00000000

[4DDCh 19932   8]                 Base Address : 00000000B0000000
[4DE4h 19940   2]         Segment Group Number : 0000
[4DE6h 19942   1]             Start Bus Number : 00
[4DE7h 19943   1]               End Bus Number : FF
[4DE8h 19944   4]                     Reserved : 00000000

[4DECh 19948   8]                 Base Address : 00000000B0000000
[4DF4h 19956   2]         Segment Group Number : 0000
[4DF6h 19958   1]             Start Bus Number : 00
[4DF7h 19959   1]               End Bus Number : FF
[4DF8h 19960   4]                     Reserved : 00000000

[4DFCh 19964   8]                 Base Address : 00000000B0000000
[4E04h 19972   2]         Segment Group Number : 0000
[4E06h 19974   1]             Start Bus Number : 00
[4E07h 19975   1]               End Bus Number : FF
[4E08h 19976   4]                     Reserved : 00000000

[4E0Ch 19980   8]                 Base Address : 00000000B0000000
[4E14h 19988   2]         Segment Group Number : 0000
[4E16h 19990   1]             Start Bus Number : 00
[4E17h 19991   1]               End Bus Number : FF
[4E18h 19992   4]                     Reserved : 00000000

[4E1Ch 19996   8]                 Base Address : 00000000B0000000
[4E24h 20004   2]         Segment Group Number : 0000
[4E26h 20006   1]             Start Bus Number : 00
[4E27h 20007   1]               End Bus Number : FF
[4E28h 20008   4]                     Reserved : 00000000

[4E2Ch 20012   8]                 Base Address : 00000000B0000000
[4E34h 20020   2]         Segment Group Number : 0000
[4E36h 20022   1]             Start Bus Number : 00
[4E37h 20023   1]               End Bus Number : FF
[4E38h 20024   4]                     Reserved : 00000000

[4E3Ch 20028   8]                 Base Address : 00000000B0000000
[4E44h 20036   2]         Segment Group Number : 0000
[4E46h 20038   1]             Start Bus Number : 00
[4E47h 20039   1]               End Bus Number : FF
[4E48h 20040   4]                     Reserved : 00000000

[4E4Ch 20044   8]                 Base Address : 00000000B0000000
[4E54h 20052   2]         Segment Group Number : 0000
[4E56h 20054   1]             Start Bus Number : 00
[4E57h 20055   1]               End Bus Number : FF
[4E58h 20056   4]                     Reserved : 00000000

[4E5Ch 20060   8]                 Base Address : 00000000B0000000
[4E64h 20068   2]         Segment Group Number : 0000
[4E66h 20070   1]             Start Bus Number : 00
[4E67h 20071   1]               End Bus Number : FF
[4E68h 20072   4]                     Reserved : 00000000

[4E6Ch 20076   8]                 Base Address : 00000000B0000000
[4E74h 20084   2]         Segment Group Number : 0000
[4E76h 20086   1]             Start Bus Number : 00
[4E77h 20087   1]               End Bus Number : FF
[4E78h 20088   4]                     Reserved : 00000000

[4E7Ch 20092   8]                 Base Address : 00000000B0000000
[4E84h 20100   2]         Segment Group Number : 0000
[4E86h 20102   1]             Start Bus Number : 00
[4E87h 20103   1]               End Bus Number : FF
[4E88h 20104   4]                     Reserved : 00000000

[4E8Ch 20108   8]                 Base Address : 00000000B0000000
[4E94h 20116   2]         Segment Group Number : 0000
[4E96h 20118   1]             Start Bus Number : 00
[4E97h 20119   1]               End Bus Number : FF
[4E98h 20120   4]                     Reserved : 00000000

[4E9Ch 20124   8]                 Base Address : 00000000B0000000
[4EA4h 20132   2]         Segment Group Number : 0000
[4EA6h 20134   1]             Start Bus Number : 00
[4EA7h 20135   1]               End Bus Number : FF
[4EA8h 20136   4]                     Reserved : 00000000

[4EACh 20140   8]                 Base Address : 00000000B0000000
[4EB4h 20148   2]         Segment Group Number : 0000
[4EB6h 20150   1]             Start Bus Number : 00
[4EB7h 20151   1]               End Bus Number : FF
[4EB8h 20152   4]                     Reserved : 00000000

[4EBCh 20156   8]                 Base Address : 00000000B0000000
[4EC4h 20164   2]         Segment Group Number : 0000
[4EC6h 20166   1]             Start Bus Number : 00
[4EC7h 20167   1]               End Bus Number : FF
[4EC8h 20168   4]                     Reserved : 00000000

[4ECCh 20172   8]                 Base Address : 00000000B0000000
[4ED4h 20180   2]         Segment Group Number : 0000
[4ED6h 20182   1]             Start Bus Number : 00
[4ED7h 20183   1]               End Bus Number : FF
[4ED8h 20184   4]                     Reserved : 00000000

[4EDCh 20188   8]                 Base Address : 00000000B0000000
[4EE4h 20196   2]         Segment Group Number : 0000
[4EE6h 20198   1]             Start Bus Number : 00
[4EE7h 20199   1]               End Bus Number : FF
[4EE8h 20200   4]                     Reserved : 00000000

[4EECh 20204   8]                 Base Address : 00000000B0000000
[4EF4h 20212   2]         Segment Group Number : 0000
[4EF6h 20214   1]             Start Bus Number : 00
[4EF7h 20215   1]               End Bus Number : FF
[4EF8h 20216   4]                     Reserved : 00000000

[4EFCh 20220   8]                 Base Address : 00000000B0000000
[4F04h 20228   2]         Segment Group Number : 0000
[4F06h 20230   1]             Start Bus Number : 00
[4F07h 20231   1]               End Bus Number : FF
[4F08h 20232   4]                     Reserved : 00000000

[4F0Ch 20236   8]                 Base Address : 00000000B0000000
[4F14h 20244   2]         Segment Group Number : 0000
[4F16h 20246   1]             Start Bus Number : 00
[4F17h 20247   1]               End Bus Number : FF
[4F18h 20248   4]                     Reserved : 00000000

[4F1Ch 20252   8]                 Base Address : 00000000B0000000
[4F24h 20260   2]         Segment Group Number : 0000
[4F26h 20262   1]             Start Bus Number : 00
[4F27h 20263   1]               End Bus Number : FF
[4F28h 20264   4]                     Reserved : 00000000

[4F2Ch 20268   8]                 Base Address : 00000000B0000000
[4F34h 20276   2]         Segment Group Number : 0000
[4F36h 20278   1]             Start Bus Number : 00
[4F37h 20279   1]               End Bus Number : FF
[4F38h 20280   4]                     Reserved : 00000000

[4F3Ch 20284   8]                 Base Address : 00000000B0000000
[4F44h 20292   2]         Segment Group Number : 0000
[4F46h 20294   1]             Start Bus Number : 00
[4F47h 20295   1]               End Bus Number : FF
[4F48h 20296   4]                     Reserved : 00000000

[4F4Ch 20300   8]                 Base Address : 00000000B0000000
[4F54h 20308   2]         Segment Group Number : 0000
[4F56h 20310   1]             Start Bus Number : 00
[4F57h 20311   1]               End Bus Number : FF
[4F58h 20312   4]                     Reserved : 00000000

[4F5Ch 20316   8]                 Base Address : 00000000B0000000
[4F64h 20324   2]         Segment Group Number : 0000
[4F66h 20326   1]             Start Bus Number : 00
[4F67h 20327   1]               End Bus Number : FF
[4F68h 20328   4]                     Reserved : 00000000

[4F6Ch 20332   8]                 Base Address : 00000000B0000000
[4F74h 20340   2]         Segment Group Number : 0000
[4F76h 20342   1]             Start Bus Number : 00
[4F77h 20343   1]               End Bus Number : FF
[4F78h 20344   4]                     Reserved : 00000000

[4F7Ch 20348   8]                 Base Address : 00000000B0000000
[4F84h 20356   2]         Segment Group Number : 0000
[4F86h 20358   1]             Start Bus Number : 00
[4F87h 20359   1]               End Bus Number : FF
[4F88h 20360   4]                     Reserved : 00000000

[4F8Ch 20364   8]                 Base Address : 00000000B0000000
[4F94h 20372   2]         Segment Group Number : 0000
[4F96h 20374   1]             Start Bus Number : 00
[4F97h 20375   1]               End Bus Number : FF
[4F98h 20376   4]                     Reserved : 00000000

[4F9Ch 20380   8]                 Base Address : 00000000B0000000
[4FA4h 20388   2]         Segment Group Number : 0000
[4FA6h 20390   1]             Start Bus Number : 00
[4FA7h 20391   1]               End Bus Number : FF
[4FA8h 20392   4]                     Reserved : 00000000

[4FACh 20396   8]                 Base Address : 00000000B0000000
[4FB4h 20404   2]         Segment Group Number : 0000
[4FB6h 20406   1]             Start Bus Number : 00
[4FB7h 20407   1]               End Bus Number : FF
[4FB8h 20408   4]                     Reserved : 00000000

[4FBCh 20412   8]                 Base Address : 00000000B0000000
[4FC4h 20420   2]         Segment Group Number : 0000
[4FC6h 20422   1]             Start Bus Number : 00
[4FC7h 20423   1]               End Bus Number : FF
[4FC8h 20424   4]                     Reserved : 00000000

[4FCCh 20428   8]                 Base Address : 00000000B0000000
[4FD4h 20436   2]         Segment Group Number : 0000
[4FD6h 20438   1]             Start Bus Number : 00
[4FD7h 20439   1]               End Bus Number : FF
[4FD8h 20440   4]                     Reserved : 00000000

[4FDCh 20444   8]                 Base Address : 00000000B0000000
[4FE4h 20452   2]         Segment Group Number : 0000
[4FE6h 20454   1]             Start Bus Number : 00
[4FE7h 20455   1]               End Bus Number : FF
[4FE8h 20456   4]                     Reserved : 00000000

[4FECh 20460   8]                 Base Address : 00000000B0000000
[4FF4h 20468   2]         Segment Group Number : 0000
[4FF6h 20470   1]             Start Bus Number : 00
[4FF7h 20471   1]               End Bus Number : FF
[4FF8h 20472   4]                     Reserved : 00000000

[4FFCh 20476   8]                 Base Address : 00000000B0000000
[5004h 20484   2]         Segment Group Number : 0000
[5006h 20486   1]             Start Bus Number : 00
[5007h 20487   1]               End Bus Number : FF
[5008h 20488   4]                     Reserved : 00000000

[500Ch 20492   8]                 Base Address : 00000000B0000000
[5014h 20500   2]         Segment Group Number : 0000
[5016h 20502   1]             Start Bus Number : 00
[5017h 20503   1]               End Bus Number : FF
[5018h 20504   4]                     Reserved : 00000000

[501Ch 20508   8]                 Base Address : 00000000B0000000
[5024h 20516   2]         Segment Group Number : 0000
[5026h 20518   1]             Start Bus Number : 00
[5027h 20519   1]               End Bus Number : FF
[5028h 20520   4]                     Reserved : 00000000

[502Ch 20524   8]                 Base Address : 00000000B0000000
[5034h 20532   2]         Segment Group Number : 0000
[5036h 20534   1]             Start Bus Number : 00
[5037h 20535   1]               End Bus Number : FF
[5038h 20536   4]                     Reserved : 00000000

[503Ch 20540   8]                 Base Address : 00000000B0000000
[5044h 20548   2]         Segment Group Number : 0000
[5046h 20550   1]             Start Bus Number : 00
[5047h 20551   1]               End Bus Number : FF
[5048h 20552   4]                     Reserved : 00000000

[504Ch 20556   8]                 Base Address : 00000000B0000000
[5054h 20564   2]         Segment Group Number : 0000
[5056h 20566   1]             Start Bus Number : 00
[5057h 20567   1]               End Bus Number : FF
[5058h 20568   4]                     Reserved : 00000000

[505Ch 20572   8]                 Base Address : 00000000B0000000
[5064h 20580   2]         Segment Group Number : 0000
[5066h 20582   1]             Start Bus Number : 00
[5067h 20583   1]               End Bus Number : FF
[5068h 20584   4]                     Reserved : 00000000

[506Ch 20588   8]                 Base Address : 00000000B0000000
[5074h 20596   2]         Segment Group Number : 0000
[5076h 20598   1]             Start Bus Number : 00
[5077h 20599   1]               End Bus Number : FF
[5078h 20600   4]                     Reserved : 00000000

[507Ch 20604   8]                 Base Address : 00000000B0000000
[5084h 20612   2]         Segment Group Number : 0000
[5086h 20614   1]             Start Bus Number : 00
[5087h 20615   1]               End Bus Number : FF
[5088h 20616   4]                     Reserved : 00000000

[508Ch 20620   8]                 Base Address : 00000000B0000000
[5094h 20628   2]         Segment Group Number : 0000
[5096h 20630   1]             Start Bus Number : 00
[5097h 20631   1]               End Bus Number : FF
[5098h 20632   4]                     Reserved : 00000000

[509Ch 20636   8]                 Base Address : 00000000B0000000
[50A4h 20644   2]         Segment Group Number : 0000
[50A6h 20646   1]             Start Bus Number : 00
[50A7h 20647   1]               End Bus Number : FF
[50A8h 20648   4]                     Reserved : 00000000

[50ACh 20652   8]                 Base Address : 00000000B0000000
[50B4h 20660   2]         Segment Group Number : 0000
[50B6h 20662   1]             Start Bus Number : 00
[50B7h 20663   1]               End Bus Number : FF
[50B8h 20664   4]                     Reserved : 00000000

[50BCh 20668   8]                 Base Address : 00000000B0000000
[50C4h 20676   2]         Segment Group Number : 0000
[50C6h 20678   1]             Start Bus Number : 00
[50C7h 20679   1]               End Bus Number : FF
[50C8h 20680   4]                     Reserved : 00000000

[50CCh 20684   8]                 Base Address : 00000000B0000000
[50D4h 20692   2]         Segment Group Number : 0000
[50D6h 20694   1]             Start Bus Number : 00
[50D7h 20695   1]               End Bus Number : FF
[50D8h 20696   4]                     Reserved : 00000000

[50DCh 20700   8]                 Base Address : 00000000B0000000
[50E4h 20708   2]         Segment Group Number : 0000
[50E6h 20710   1]             Start Bus Number : 00
[50E7h 20711   1]               End Bus Number : FF
[50E8h 20712   4]                     Reserved : 00000000

[50ECh 20716   8]                 Base Address : 00000000B0000000
[50F4h 20724   2]         Segment Group Number : 0000
[50F6h 20726   1]             Start Bus Number : 00
[50F7h 20727   1]               End Bus Number : FF
[50F8h 20728   4]                     Reserved : 00000000

[50FCh 20732   8]                 Base Address : 00000000B0000000
[5104h 20740   2]         Segment Group Number : 0000
[5106h 20742   1]             Start Bus Number : 00
[5107h 20743   1]               End Bus Number : FF
[5108h 20744   4]                     Reserved : 00000000

[510Ch 20748   8]                 Base Address : 00000000B0000000
[5114h 20756   2]         Segment Group Number : 0000
[5116h 20758   1]             Start Bus Number : 00
[5117h 20759   1]               End Bus Number : FF
[5118h 20760   4]                     Reserved : 00000000

[511Ch 20764   8]                 Base Address : 00000000B0000000
[5124h 20772   2]         Segment Group Number : 0000
[5126h 20774   1]             Start Bus Number : 00
[5127h 20775   1]               End Bus Number : FF
[5128h 20776   4]                     Reserved : 00000000

[512Ch 20780   8]                 Base Address : 00000000B0000000
[5134h 20788   2]         Segment Group Number : 0000
[5136h 20790   1]             Start Bus Number : 00
[5137h 20791   1]               End Bus Number : FF
[5138h 20792   4]                     Reserved : 00000000

[513Ch 20796   8]                 Base Address : 00000000B0000000
[5144h 20804   2]         Segment Group Number : 0000
[5146h 20806   1]             Start Bus Number : 00
[5147h 20807   1]               End Bus Number : FF
[5148h 20808   4]                     Reserved : 00000000

[514Ch 20812   8]                 Base Address : 00000000B0000000
[5154h 20820   2]         Segment Group Number : 0000
[5156h 20822   1]             Start Bus Number : 00
[5157h 20823   1]               End Bus Number : FF
[5158h 20824   4]                     Reserved : 00000000

[515Ch 20828   8]                 Base Address : 00000000B0000000
[5164h 20836   2]         Segment Group Number : 0000
[5166h 20838   1]             Start Bus Number : 00
[5167h 20839   1]               End Bus Number : FF
[5168h 20840   4]                     Reserved : 00000000

[516Ch 20844   8]                 Base Address : 00000000B0000000
[5174h 20852   2]         Segment Group Number : 0000
[5176h 20854   1]             Start Bus Number : 00
[5177h 20855   1]               End Bus Number : FF
[5178h 20856   4]                     Reserved : 00000000

[517Ch 20860   8]                 Base Address : 00000000B0000000
[5184h 20868   2]         Segment Group Number : 0000
[5186h 20870   1]             Start Bus Number : 00
[5187h 20871   1]               End Bus Number : FF
[5188h 20872   4]                     Reserved : 00000000

[518Ch 20876   8]                 Base Address : 00000000B0000000
[5194h 20884   2]         Segment Group Number : 0000
[5196h 20886   1]             Start Bus Number : 00
[5197h 20887   1]               End Bus Number : FF
[5198h 20888   4]                     Reserved : 00000000

[519Ch 20892   8]                 Base Address : 00000000B0000000
[51A4h 20900   2]         Segment Group Number : 0000
[51A6h 20902   1]             Start Bus Number : 00
[51A7h 20903   1]               End Bus Number : FF
[51A8h 20904   4]                     Reserved : 00000000

[51ACh 20908   8]                 Base Address : 00000000B0000000
[51B4h 20916   2]         Segment Group Number : 0000
[51B6h 20918   1]             Start Bus Number : 00
[51B7h 20919   1]               End Bus Number : FF
[51B8h 20920   4]                     Reserved : 00000000

[51BCh 20924   8]                 Base Address : 00000000B0000000
[51C4h 20932   2]         Segment Group Number : 0000
[51C6h 20934   1]             Start Bus Number : 00
[51C7h 20935   1]               End Bus Number : FF
[51C8h 20936   4]                     Reserved : 00000000

[51CCh 20940   8]                 Base Address : 00000000B0000000
[51D4h 20948   2]         Segment Group Number : 0000
[51D6h 20950   1]             Start Bus Number : 00
[51D7h 20951   1]               End Bus Number : FF
[51D8h 20952   4]                     Reserved : 00000000

[51DCh 20956   8]                 Base Address : 00000000B0000000
[51E4h 20964   2]         Segment Group Number : 0000
[51E6h 20966   1]             Start Bus Number : 00
[51E7h 20967   1]               End Bus Number : FF
[51E8h 20968   4]                     Reserved : 00000000

[51ECh 20972   8]                 Base Address : 00000000B0000000
[51F4h 20980   2]         Segment Group Number : 0000
[51F6h 20982   1]             Start Bus Number : 00
[51F7h 20983   1]               End Bus Number : FF
[51F8h 20984   4]                     Reserved : 00000000

[51FCh 20988   8]                 Base Address : 00000000B0000000
[5204h 20996   2]         Segment Group Number : 0000
[5206h 20998   1]             Start Bus Number : 00
[5207h 20999   1]               End Bus Number : FF
[5208h 21000   4]                     Reserved : 00000000

[520Ch 21004   8]                 Base Address : 00000000B0000000
[5214h 21012   2]         Segment Group Number : 0000
[5216h 21014   1]             Start Bus Number : 00
[5217h 21015   1]               End Bus Number : FF
[5218h 21016   4]                     Reserved : 00000000

[521Ch 21020   8]                 Base Address : 00000000B0000000
[5224h 21028   2]         Segment Group Number : 0000
[5226h 21030   1]             Start Bus Number : 00
[5227h 21031   1]               End Bus Number : FF
[5228h 21032   4]                     Reserved : 00000000

[522Ch 21036   8]                 Base Address : 00000000B0000000
[5234h 21044   2]         Segment Group Number : 0000
[5236h 21046   1]             Start Bus Number : 00
[5237h 21047   1]               End Bus Number : FF
[5238h 21048   4]                     Reserved : 00000000

[523Ch 21052   8]                 Base Address : 00000000B0000000
[5244h 21060   2]         Segment Group Number : 0000
[5246h 21062   1]             Start Bus Number : 00
[5247h 21063   1]               End Bus Number : FF
[5248h 21064   4]                     Reserved : 00000000

[524Ch 21068   8]                 Base Address : 00000000B0000000
[5254h 21076   2]         Segment Group Number : 0000
[5256h 21078   1]             Start Bus Number : 00
[5257h 21079   1]               End Bus Number : FF
[5258h 21080   4]                     Reserved : 00000000

[525Ch 21084   8]                 Base Address : 00000000B0000000
[5264h 21092   2]         Segment Group Number : 0000
[5266h 21094   1]             Start Bus Number : 00
[5267h 21095   1]               End Bus Number : FF
[5268h 21096   4]                     Reserved : 00000000

[526Ch 21100   8]                 Base Address : 00000000B0000000
[5274h 21108   2]         Segment Group Number : 0000
[5276h 21110   1]             Start Bus Number : 00
[5277h 21111   1]               End Bus Number : FF
[5278h 21112   4]                     Reserved : 00000000

[527Ch 21116   8]                 Base Address : 00000000B0000000
[5284h 21124   2]         Segment Group Number : 0000
[5286h 21126   1]             Start Bus Number : 00
[5287h 21127   1]               End Bus Number : FF
[5288h 21128   4]                     Reserved : 00000000

[528Ch 21132   8]                 Base Address : 00000000B0000000
[5294h 21140   2]         Segment Group Number : 0000
[5296h 21142   1]             Start Bus Number : 00
[5297h 21143   1]               End Bus Number : FF
[5298h 21144   4]                     Reserved : 00000000

[529Ch 21148   8]                 Base Address : 00000000B0000000
[52A4h 21156   2]         Segment Group Number : 0000
[52A6h 21158   1]             Start Bus Number : 00
[52A7h 21159   1]               End Bus Number : FF
[52A8h 21160   4]                     Reserved : 00000000

[52ACh 21164   8]                 Base Address : 00000000B0000000
[52B4h 21172   2]         Segment Group Number : 0000
[52B6h 21174   1]             Start Bus Number : 00
[52B7h 21175   1]               End Bus Number : FF
[52B8h 21176   4]                     Reserved : 00000000

[52BCh 21180   8]                 Base Address : 00000000B0000000
[52C4h 21188   2]         Segment Group Number : 0000
[52C6h 21190   1]             Start Bus Number : 00
[52C7h 21191   1]               End Bus Number : FF
[52C8h 21192   4]                     Reserved : 00000000

[52CCh 21196   8]                 Base Address : 00000000B0000000
[52D4h 21204   2]         Segment Group Number : 0000
[52D6h 21206   1]             Start Bus Number : 00
[52D7h 21207   1]               End Bus Number : FF
[52D8h 21208   4]                     Reserved : 00000000

[52DCh 21212   8]                 Base Address : 00000000B0000000
[52E4h 21220   2]         Segment Group Number : 0000
[52E6h 21222   1]             Start Bus Number : 00
[52E7h 21223   1]               End Bus Number : FF
[52E8h 21224   4]                     Reserved : 00000000

[52ECh 21228   8]                 Base Address : 00000000B0000000
[52F4h 21236   2]         Segment Group Number : 0000
[52F6h 21238   1]             Start Bus Number : 00
[52F7h 21239   1]               End Bus Number : FF
[52F8h 21240   4]                     Reserved : 00000000

[52FCh 21244   8]                 Base Address : 00000000B0000000
[5304h 21252   2]         Segment Group Number : 0000
[5306h 21254   1]             Start Bus Number : 00
[5307h 21255   1]               End Bus Number : FF
[5308h 21256   4]                     Reserved : 00000000

[530Ch 21260   8]                 Base Address : 00000000B0000000
[5314h 21268   2]         Segment Group Number : 0000
[5316h 21270   1]             Start Bus Number : 00
[5317h 21271   1]               End Bus Number : FF
[5318h 21272   4]                     Reserved : 00000000

[531Ch 21276   8]                 Base Address : 00000000B0000000
[5324h 21284   2]         Segment Group Number : 0000
[5326h 21286   1]             Start Bus Number : 00
[5327h 21287   1]               End Bus Number : FF
[5328h 21288   4]                     Reserved : 00000000

[532Ch 21292   8]                 Base Address : 00000000B0000000
[5334h 21300   2]         Segment Group Number : 0000
[5336h 21302   1]             Start Bus Number : 00
[5337h 21303   1]               End Bus Number : FF
[5338h 21304   4]                     Reserved : 00000000

[533Ch 21308   8]                 Base Address : 00000000B0000000
[5344h 21316   2]         Segment Group Number : 0000
[5346h 21318   1]             Start Bus Number : 00
[5347h 21319   1]               End Bus Number : FF
[5348h 21320   4]                     Reserved : 00000000

[534Ch 21324   8]                 Base Address : 00000000B0000000
[5354h 21332   2]         Segment Group Number : 0000
[5356h 21334   1]             Start Bus Number : 00
[5357h 21335   1]               End Bus Number : FF
[5358h 21336   4]                     Reserved : 00000000

[535Ch 21340   8]                 Base Address : 00000000B0000000
[5364h 21348   2]         Segment Group Number : 0000
[5366h 21350   1]             Start Bus Number : 00
[5367h 21351   1]               End Bus Number : FF
[5368h 21352   4]                     Reserved : 00000000

[536Ch 21356   8]                 Base Address : 00000000B0000000
[5374h 21364   2]         Segment Group Number : 0000
[5376h 21366   1]             Start Bus Number : 00
[5377h 21367   1]               End Bus Number : FF
[5378h 21368   4]                     Reserved : 00000000

[537Ch 21372   8]                 Base Address : 00000000B0000000
[5384h 21380   2]         Segment Group Number : 0000
[5386h 21382   1]             Start Bus Number : 00
[5387h 21383   1]               End Bus Number : FF
[5388h 21384   4]                     Reserved : 00000000

[538Ch 21388   8]                 Base Address : 00000000B0000000
[5394h 21396   2]         Segment Group Number : 0000
[5396h 21398   1]             Start Bus Number : 00
[5397h 21399   1]               End Bus Number : FF
[5398h 21400   4]                     Reserved : 00000000

[539Ch 21404   8]                 Base Address : 00000000B0000000
[53A4h 21412   2]         Segment Group Number : 0000
[53A6h 21414   1]             Start Bus Number : 00
[53A7h 21415   1]               End Bus Number : FF
[53A8h 21416   4]                     Reserved : 00000000

[53ACh 21420   8]                 Base Address : 00000000B0000000
[53B4h 21428   2]         Segment Group Number : 0000
[53B6h 21430   1]             Start Bus Number : 00
[53B7h 21431   1]               End Bus Number : FF
[53B8h 21432   4]                     Reserved : 00000000

[53BCh 21436   8]                 Base Address : 00000000B0000000
[53C4h 21444   2]         Segment Group Number : 0000
[53C6h 21446   1]             Start Bus Number : 00
[53C7h 21447   1]               End Bus Number : FF
[53C8h 21448   4]                     Reserved : 00000000

[53CCh 21452   8]                 Base Address : 00000000B0000000
[53D4h 21460   2]         Segment Group Number : 0000
[53D6h 21462   1]             Start Bus Number : 00
[53D7h 21463   1]               End Bus Number : FF
[53D8h 21464   4]                     Reserved : 00000000

[53DCh 21468   8]                 Base Address : 00000000B0000000
[53E4h 21476   2]         Segment Group Number : 0000
[53E6h 21478   1]             Start Bus Number : 00
[53E7h 21479   1]               End Bus Number : FF
[53E8h 21480   4]                     Reserved : 00000000

[53ECh 21484   8]                 Base Address : 00000000B0000000
[53F4h 21492   2]         Segment Group Number : 0000
[53F6h 21494   1]             Start Bus Number : 00
[53F7h 21495   1]               End Bus Number : FF
[53F8h 21496   4]                     Reserved : 00000000

[53FCh 21500   8]                 Base Address : 00000000B0000000
[5404h 21508   2]         Segment Group Number : 0000
[5406h 21510   1]             Start Bus Number : 00
[5407h 21511   1]               End Bus Number : FF
[5408h 21512   4]                     Reserved : 00000000

[540Ch 21516   8]                 Base Address : 00000000B0000000
[5414h 21524   2]         Segment Group Number : 0000
[5416h 21526   1]             Start Bus Number : 00
[5417h 21527   1]               End Bus Number : FF
[5418h 21528   4]                     Reserved : 00000000

[541Ch 21532   8]                 Base Address : 00000000B0000000
[5424h 21540   2]         Segment Group Number : 0000
[5426h 21542   1]             Start Bus Number : 00
[5427h 21543   1]               End Bus Number : FF
[5428h 21544   4]                     Reserved : 00000000

[542Ch 21548   8]                 Base Address : 00000000B0000000
[5434h 21556   2]         Segment Group Number : 0000
[5436h 21558   1]             Start Bus Number : 00
[5437h 21559   1]               End Bus Number : FF
[5438h 21560   4]                     Reserved : 00000000

[543Ch 21564   8]                 Base Address : 00000000B0000000
[5444h 21572   2]         Segment Group Number : 0000
[5446h 21574   1]             Start Bus Number : 00
[5447h 21575   1]               End Bus Number : FF
[5448h 21576   4]                     Reserved : 00000000

[544Ch 21580   8]                 Base Address : 00000000B0000000
[5454h 21588   2]         Segment Group Number : 0000
[5456h 21590   1]             Start Bus Number : 00
[5457h 21591   1]               End Bus Number : FF
[5458h 21592   4]                     Reserved : 00000000

[545Ch 21596   8]                 Base Address : 00000000B0000000
[5464h 21604   2]         Segment Group Number : 0000
[5466h 21606   1]             Start Bus Number : 00
[5467h 21607   1]               End Bus Number : FF
[5468h 21608   4]                     Reserved : 00000000

[546Ch 21612   8]                 Base Address : 00000000B0000000
[5474h 21620   2]         Segment Group Number : 0000
[5476h 21622   1]             Start Bus Number : 00
[5477h 21623   1]               End Bus Number : FF
[5478h 21624   4]                     Reserved : 00000000

[547Ch 21628   8]                 Base Address : 00000000B0000000
[5484h 21636   2]         Segment Group Number : 0000
[5486h 21638   1]             Start Bus Number : 00
[5487h 21639   1]               End Bus Number : FF
[5488h 21640   4]                     Reserved : 00000000

[548Ch 21644   8]                 Base Address : 00000000B0000000
[5494h 21652   2]         Segment Group Number : 0000
[5496h 21654   1]             Start Bus Number : 00
[5497h 21655   1]               End Bus Number : FF
[5498h 21656   4]                     Reserved : 00000000

[549Ch 21660   8]                 Base Address : 00000000B0000000
[54A4h 21668   2]         Segment Group Number : 0000
[54A6h 21670   1]             Start Bus Number : 00
[54A7h 21671   1]               End Bus Number : FF
[54A8h 21672   4]                     Reserved : 00000000

[54ACh 21676   8]                 Base Address : 00000000B0000000
[54B4h 21684   2]         Segment Group Number : 0000
[54B6h 21686   1]             Start Bus Number : 00
[54B7h 21687   1]               End Bus Number : FF
[54B8h 21688   4]                     Reserved : 00000000

[54BCh 21692   8]                 Base Address : 00000000B0000000
[54C4h 21700   2]         Segment Group Number : 0000
[54C6h 21702   1]             Start Bus Number : 00
[54C7h 21703   1]               End Bus Number : FF
[54C8h 21704   4]                     Reserved : 00000000

[54CCh 21708   8]                 Base Address : 00000000B0000000
[54D4h 21716   2]         Segment Group Number : 0000
[54D6h 21718   1]             Start Bus Number : 00
[54D7h 21719   1]               End Bus Number : FF
[54D8h 21720   4]                     Reserved : 00000000

[54DCh 21724   8]                 Base Address : 00000000B0000000
[54E4h 21732   2]         Segment Group Number : 0000
[54E6h 21734   1]             Start Bus Number : 00
[54E7h 21735   1]               End Bus Number : FF
[54E8h 21736   4]                     Reserved : 00000000

[54ECh 21740   8]                 Base Address : 00000000B0000000
[54F4h 21748   2]         Segment Group Number : 0000
[54F6h 21750   1]             Start Bus Number : 00
[54F7h 21751   1]               End Bus Number : FF
[54F8h 21752   4]                     Reserved : 00000000

[54FCh 21756   8]                 Base Address : 00000000B0000000
[5504h 21764   2]         Segment Group Number : 0000
[5506h 21766   1]             Start Bus Number : 00
[5507h 21767   1]               End Bus Number : FF
[5508h 21768   4]                     Reserved : 00000000

[550Ch 21772   8]                 Base Address : 00000000B0000000
[5514h 21780   2]         Segment Group Number : 0000
[5516h 21782   1]             Start Bus Number : 00
[5517h 21783   1]               End Bus Number : FF
[5518h 21784   4]                     Reserved : 00000000

[551Ch 21788   8]                 Base Address : 00000000B0000000
[5524h 21796   2]         Segment Group Number : 0000
[5526h 21798   1]             Start Bus Number : 00
[5527h 21799   1]               End Bus Number : FF
[5528h 21800   4]                     Reserved : 00000000

[552Ch 21804   8]                 Base Address : 00000000B0000000
[5534h 21812   2]         Segment Group Number : 0000
[5536h 21814   1]             Start Bus Number : 00
[5537h 21815   1]               End Bus Number : FF
[5538h 21816   4]                     Reserved : 00000000

[553Ch 21820   8]                 Base Address : 00000000B0000000
[5544h 21828   2]         Segment Group Number : 0000
[5546h 21830   1]             Start Bus Number : 00
[5547h 21831   1]               End Bus Number : FF
[5548h 21832   4]                     Reserved : 00000000

[554Ch 21836   8]                 Base Address : 00000000B0000000
[5554h 21844   2]         Segment Group Number : 0000
[5556h 21846   1]             Start Bus Number : 00
[5557h 21847   1]               End Bus Number : FF
[5558h 21848   4]                     Reserved : 00000000

[555Ch 21852   8]                 Base Address : 00000000B0000000
[5564h 21860   2]         Segment Group Number : 0000
[5566h 21862   1]             Start Bus Number : 00
[5567h 21863   1]               End Bus Number : FF
[5568h 21864   4]                     Reserved : 00000000

[556Ch 21868   8]                 Base Address : 00000000B0000000
[5574h 21876   2]         Segment Group Number : 0000
[5576h 21878   1]             Start Bus Number : 00
[5577h 21879   1]               End Bus Number : FF
[5578h 21880   4]                     Reserved : 00000000

[557Ch 21884   8]                 Base Address : 00000000B0000000
[5584h 21892   2]         Segment Group Number : 0000
[5586h 21894   1]             Start Bus Number : 00
[5587h 21895   1]               End Bus Number : FF
[5588h 21896   4]                     Reserved : 00000000

[558Ch 21900   8]                 Base Address : 00000000B0000000
[5594h 21908   2]         Segment Group Number : 0000
[5596h 21910   1]             Start Bus Number : 00
[5597h 21911   1]               End Bus Number : FF
[5598h 21912   4]                     Reserved : 00000000

[559Ch 21916   8]                 Base Address : 00000000B0000000
[55A4h 21924   2]         Segment Group Number : 0000
[55A6h 21926   1]             Start Bus Number : 00
[55A7h 21927   1]               End Bus Number : FF
[55A8h 21928   4]                     Reserved : 00000000

[55ACh 21932   8]                 Base Address : 00000000B0000000
[55B4h 21940   2]         Segment Group Number : 0000
[55B6h 21942   1]             Start Bus Number : 00
[55B7h 21943   1]               End Bus Number : FF
[55B8h 21944   4]                     Reserved : 00000000

[55BCh 21948   8]                 Base Address : 00000000B0000000
[55C4h 21956   2]         Segment Group Number : 0000
[55C6h 21958   1]             Start Bus Number : 00
[55C7h 21959   1]               End Bus Number : FF
[55C8h 21960   4]                     Reserved : 00000000

[55CCh 21964   8]                 Base Address : 00000000B0000000
[55D4h 21972   2]         Segment Group Number : 0000
[55D6h 21974   1]             Start Bus Number : 00
[55D7h 21975   1]               End Bus Number : FF
[55D8h 21976   4]                     Reserved : 00000000

[55DCh 21980   8]                 Base Address : 00000000B0000000
[55E4h 21988   2]         Segment Group Number : 0000
[55E6h 21990   1]             Start Bus Number : 00
[55E7h 21991   1]               End Bus Number : FF
[55E8h 21992   4]                     Reserved : 00000000

[55ECh 21996   8]                 Base Address : 00000000B0000000
[55F4h 22004   2]         Segment Group Number : 0000
[55F6h 22006   1]             Start Bus Number : 00
[55F7h 22007   1]               End Bus Number : FF
[55F8h 22008   4]                     Reserved : 00000000

[55FCh 22012   8]                 Base Address : 00000000B0000000
[5604h 22020   2]         Segment Group Number : 0000
[5606h 22022   1]             Start Bus Number : 00
[5607h 22023   1]               End Bus Number : FF
[5608h 22024   4]                     Reserved : 00000000

[560Ch 22028   8]                 Base Address : 00000000B0000000
[5614h 22036   2]         Segment Group Number : 0000
[5616h 22038   1]             Start Bus Number : 00
[5617h 22039   1]               End Bus Number : FF
[5618h 22040   4]                     Reserved : 00000000

[561Ch 22044   8]                 Base Address : 00000000B0000000
[5624h 22052   2]         Segment Group Number : 0000
[5626h 22054   1]             Start Bus Number : 00
[5627h 22055   1]               End Bus Number : FF
[5628h 22056   4]                     Reserved : 00000000

[562Ch 22060   8]                 Base Address : 00000000B0000000
[5634h 22068   2]         Segment Group Number : 0000
[5636h 22070   1]             Start Bus Number : 00
[5637h 22071   1]               End Bus Number : FF
[5638h 22072   4]                     Reserved : 00000000

[563Ch 22076   8]                 Base Address : 00000000B0000000
[5644h 22084   2]         Segment Group Number : 0000
[5646h 22086   1]             Start Bus Number : 00
[5647h 22087   1]               End Bus Number : FF
[5648h 22088   4]                     Reserved : 00000000

[564Ch 22092   8]                 Base Address : 00000000B0000000
[5654h 22100   2]         Segment Group Number : 0000
[5656h 22102   1]             Start Bus Number : 00
[5657h 22103   1]               End Bus Number : FF
[5658h 22104   4]                     Reserved : 00000000

[565Ch 22108   8]                 Base Address : 00000000B0000000
[5664h 22116   2]         Segment Group Number : 0000
[5666h 22118   1]             Start Bus Number : 00
[5667h 22119   1]               End Bus Number : FF
[5668h 22120   4]                     Reserved : 00000000

[566Ch 22124   8]                 Base Address : 00000000B0000000
[5674h 22132   2]         Segment Group Number : 0000
[5676h 22134   1]             Start Bus Number : 00
[5677h 22135   1]               End Bus Number : FF
[5678h 22136   4]                     Reserved : 00000000

[567Ch 22140   8]                 Base Address : 00000000B0000000
[5684h 22148   2]         Segment Group Number : 0000
[5686h 22150   1]             Start Bus Number : 00
[5687h 22151   1]               End Bus Number : FF
[5688h 22152   4]                     Reserved : 00000000

[568Ch 22156   8]                 Base Address : 00000000B0000000
[5694h 22164   2]         Segment Group Number : 0000
[5696h 22166   1]             Start Bus Number : 00
[5697h 22167   1]               End Bus Number : FF
[5698h 22168   4]                     Reserved : 00000000

[569Ch 22172   8]                 Base Address : 00000000B0000000
[56A4h 22180   2]         Segment Group Number : 0000
[56A6h 22182   1]             Start Bus Number : 00
[56A7h 22183   1]               End Bus Number : FF
[56A8h 22184   4]                     Reserved : 00000000

[56ACh 22188   8]                 Base Address : 00000000B0000000
[56B4h 22196   2]         Segment Group Number : 0000
[56B6h 22198   1]             Start Bus Number : 00
[56B7h 22199   1]               End Bus Number : FF
[56B8h 22200   4]                     Reserved : 00000000

[56BCh 22204   8]                 Base Address : 00000000B0000000
[56C4h 22212   2]         Segment Group Number : 0000
[56C6h 22214   1]             Start Bus Number : 00
[56C7h 22215   1]               End Bus Number : FF
[56C8h 22216   4]                     Reserved : 00000000

[56CCh 22220   8]                 Base Address : 00000000B0000000
[56D4h 22228   2]         Segment Group Number : 0000
[56D6h 22230   1]             Start Bus Number : 00
[56D7h 22231   1]               End Bus Number : FF
[56D8h 22232   4]                     Reserved : 00000000

[56DCh 22236   8]                 Base Address : 00000000B0000000
[56E4h 22244   2]         Segment Group Number : 0000
[56E6h 22246   1]             Start Bus Number : 00
[56E7h 22247   1]               End Bus Number : FF
[56E8h 22248   4]                     Reserved : 00000000

[56ECh 22252   8]                 Base Address : 00000000B0000000
[56F4h 22260   2]         Segment Group Number : 0000
[56F6h 22262   1]             Start Bus Number : 00
[56F7h 22263   1]               End Bus Number : FF
[56F8h 22264   4]                     Reserved : 00000000

[56FCh 22268   8]                 Base Address : 00000000B0000000
[5704h 22276   2]         Segment Group Number : 0000
[5706h 22278   1]             Start Bus Number : 00
[5707h 22279   1]               End Bus Number : FF
[5708h 22280   4]                     Reserved : 00000000

[570Ch 22284   8]                 Base Address : 00000000B0000000
[5714h 22292   2]         Segment Group Number : 0000
[5716h 22294   1]             Start Bus Number : 00
[5717h 22295   1]               End Bus Number : FF
[5718h 22296   4]                     Reserved : 00000000

[571Ch 22300   8]                 Base Address : 00000000B0000000
[5724h 22308   2]         Segment Group Number : 0000
[5726h 22310   1]             Start Bus Number : 00
[5727h 22311   1]               End Bus Number : FF
[5728h 22312   4]                     Reserved : 00000000

[572Ch 22316   8]                 Base Address : 00000000B0000000
[5734h 22324   2]         Segment Group Number : 0000
[5736h 22326   1]             Start Bus Number : 00
[5737h 22327   1]               End Bus Number : FF
[5738h 22328   4]                     Reserved : 00000000

[573Ch 22332   8]                 Base Address : 00000000B0000000
[5744h 22340   2]         Segment Group Number : 0000
[5746h 22342   1]             Start Bus Number : 00
[5747h 22343   1]               End Bus Number : FF
[5748h 22344   4]                     Reserved : 00000000

[574Ch 22348   8]                 Base Address : 00000000B0000000
[5754h 22356   2]         Segment Group Number : 0000
[5756h 22358   1]             Start Bus Number : 00
[5757h 22359   1]               End Bus Number : FF
[5758h 22360   4]                     Reserved : 00000000

[575Ch 22364   8]                 Base Address : 00000000B0000000
[5764h 22372   2]         Segment Group Number : 0000
[5766h 22374   1]             Start Bus Number : 00
[5767h 22375   1]               End Bus Number : FF
[5768h 22376   4]                     Reserved : 00000000

[576Ch 22380   8]                 Base Address : 00000000B0000000
[5774h 22388   2]         Segment Group Number : 0000
[5776h 22390   1]             Start Bus Number : 00
[5777h 22391   1]               End Bus Number : FF
[5778h 22392   4]                     Reserved : 00000000

[577Ch 22396   8]                 Base Address : 00000000B0000000
[5784h 22404   2]         Segment Group Number : 0000
[5786h 22406   1]             Start Bus Number : 00
[5787h 22407   1]               End Bus Number : FF
[5788h 22408   4]                     Reserved : 00000000

[578Ch 22412   8]                 Base Address : 00000000B0000000
[5794h 22420   2]         Segment Group Number : 0000
[5796h 22422   1]             Start Bus Number : 00
[5797h 22423   1]               End Bus Number : FF
[5798h 22424   4]                     Reserved : 00000000

[579Ch 22428   8]                 Base Address : 00000000B0000000
[57A4h 22436   2]         Segment Group Number : 0000
[57A6h 22438   1]             Start Bus Number : 00
[57A7h 22439   1]               End Bus Number : FF
[57A8h 22440   4]                     Reserved : 00000000

[57ACh 22444   8]                 Base Address : 00000000B0000000
[57B4h 22452   2]         Segment Group Number : 0000
[57B6h 22454   1]             Start Bus Number : 00
[57B7h 22455   1]               End Bus Number : FF
[57B8h 22456   4]                     Reserved : 00000000

[57BCh 22460   8]                 Base Address : 00000000B0000000
[57C4h 22468   2]         Segment Group Number : 0000
[57C6h 22470   1]             Start Bus Number : 00
[57C7h 22471   1]               End Bus Number : FF
[57C8h 22472   4]                     Reserved : 00000000

[57CCh 22476   8]                 Base Address : 00000000B0000000
[57D4h 22484   2]         Segment Group Number : 0000
[57D6h 22486   1]             Start Bus Number : 00
[57D7h 22487   1]               End Bus Number : FF
[57D8h 22488   4]                     Reserved : 00000000

[57DCh 22492   8]                 Base Address : 00000000B0000000
[57E4h 22500   2]         Segment Group Number : 0000
[57E6h 22502   1]             Start Bus Number : 00
[57E7h 22503   1]               End Bus Number : FF
[57E8h 22504   4]                     Reserved : 00000000

[57ECh 22508   8]                 Base Address : 00000000B0000000
[57F4h 22516   2]         Segment Group Number : 0000
[57F6h 22518   1]             Start Bus Number : 00
[57F7h 22519   1]               End Bus Number : FF
[57F8h 22520   4]                     Reserved : 00000000

[57FCh 22524   8]                 Base Address : 00000000B0000000
[5804h 22532   2]         Segment Group Number : 0000
[5806h 22534   1]             Start Bus Number : 00
[5807h 22535   1]               End Bus Number : FF
[5808h 22536   4]                     Reserved : 00000000

[580Ch 22540   8]                 Base Address : 00000000B0000000
[5814h 22548   2]         Segment Group Number : 0000
[5816h 22550   1]             Start Bus Number : 00
[5817h 22551   1]               End Bus Number : FF
[5818h 22552   4]                     Reserved : 00000000

[581Ch 22556   8]                 Base Address : 00000000B0000000
[5824h 22564   2]         Segment Group Number : 0000
[5826h 22566   1]             Start Bus Number : 00
[5827h 22567   1]               End Bus Number : FF
[5828h 22568   4]                     Reserved : 00000000

[582Ch 22572   8]                 Base Address : 00000000B0000000
[5834h 22580   2]         Segment Group Number : 0000
[5836h 22582   1]             Start Bus Number : 00
[5837h 22583   1]               End Bus Number : FF
[5838h 22584   4]                     Reserved : 00000000

[583Ch 22588   8]                 Base Address : 00000000B0000000
[5844h 22596   2]         Segment Group Number : 0000
[5846h 22598   1]             Start Bus Number : 00
[5847h 22599   1]               End Bus Number : FF
[5848h 22600   4]                     Reserved : 00000000

[584Ch 22604   8]                 Base Address : 00000000B0000000
[5854h 22612   2]         Segment Group Number : 0000
[5856h 22614   1]             Start Bus Number : 00
[5857h 22615   1]               End Bus Number : FF
[5858h 22616   4]                     Reserved : 00000000

[585Ch 22620   8]                 Base Address : 00000000B0000000
[5864h 22628   2]         Segment Group Number : 0000
[5866h 22630   1]             Start Bus Number : 00
[5867h 22631   1]               End Bus Number : FF
[5868h 22632   4]                     Reserved : 00000000

[586Ch 22636   8]                 Base Address : 00000000B0000000
[5874h 22644   2]         Segment Group Number : 0000
[5876h 22646   1]             Start Bus Number : 00
[5877h 22647   1]               End Bus Number : FF
[5878h 22648   4]                     Reserved : 00000000

[587Ch 22652   8]                 Base Address : 00000000B0000000
[5884h 22660   2]         Segment Group Number : 0000
[5886h 22662   1]             Start Bus Number : 00
[5887h 22663   1]               End Bus Number : FF
[5888h 22664   4]                     Reserved : 00000000

[588Ch 22668   8]                 Base Address : 00000000B0000000
[5894h 22676   2]         Segment Group Number : 0000
[5896h 22678   1]             Start Bus Number : 00
[5897h 22679   1]               End Bus Number : FF
[5898h 22680   4]                     Reserved : 00000000

[589Ch 22684   8]                 Base Address : 00000000B0000000
[58A4h 22692   2]         Segment Group Number : 0000
[58A6h 22694   1]             Start Bus Number : 00
[58A7h 22695   1]               End Bus Number : FF
[58A8h 22696   4]                     Reserved : 00000000

[58ACh 22700   8]                 Base Address : 00000000B0000000
[58B4h 22708   2]         Segment Group Number : 0000
[58B6h 22710   1]             Start Bus Number : 00
[58B7h 22711   1]               End Bus Number : FF
[58B8h 22712   4]                     Reserved : 00000000

[58BCh 22716   8]                 Base Address : 00000000B0000000
[58C4h 22724   2]         Segment Group Number : 0000
[58C6h 22726   1]             Start Bus Number : 00
[58C7h 22727   1]               End Bus Number : FF
[58C8h 22728   4]                     Reserved : 00000000

[58CCh 22732   8]                 Base Address : 00000000B0000000
[58D4h 22740   2]         Segment Group Number : 0000
[58D6h 22742   1]             Start Bus Number : 00
[58D7h 22743   1]               End Bus Number : FF
[58D8h 22744   4]                     Reserved : 00000000

[58DCh 22748   8]                 Base Address : 00000000B0000000
[58E4h 22756   2]         Segment Group Number : 0000
[58E6h 22758   1]             Start Bus Number : 00
[58E7h 22759   1]               End Bus Number : FF
[58E8h 22760   4]                     Reserved : 00000000

[58ECh 22764   8]                 Base Address : 00000000B0000000
[58F4h 22772   2]         Segment Group Number : 0000
[58F6h 22774   1]             Start Bus Number : 00
[58F7h 22775   1]               End Bus Number : FF
[58F8h 22776   4]                     Reserved : 00000000

[58FCh 22780   8]                 Base Address : 00000000B0000000
[5904h 22788   2]         Segment Group Number : 0000
[5906h 22790   1]             Start Bus Number : 00
[5907h 22791   1]               End Bus Number : FF
[5908h 22792   4]                     Reserved : 00000000

[590Ch 22796   8]                 Base Address : 00000000B0000000
[5914h 22804   2]         Segment Group Number : 0000
[5916h 22806   1]             Start Bus Number : 00
[5917h 22807   1]               End Bus Number : FF
[5918h 22808   4]                     Reserved : 00000000

[591Ch 22812   8]                 Base Address : 00000000B0000000
[5924h 22820   2]         Segment Group Number : 0000
[5926h 22822   1]             Start Bus Number : 00
[5927h 22823   1]               End Bus Number : FF
[5928h 22824   4]                     Reserved : 00000000

[592Ch 22828   8]                 Base Address : 00000000B0000000
[5934h 22836   2]         Segment Group Number : 0000
[5936h 22838   1]             Start Bus Number : 00
[5937h 22839   1]               End Bus Number : FF
[5938h 22840   4]                     Reserved : 00000000

[593Ch 22844   8]                 Base Address : 00000000B0000000
[5944h 22852   2]         Segment Group Number : 0000
[5946h 22854   1]             Start Bus Number : 00
[5947h 22855   1]               End Bus Number : FF
[5948h 22856   4]                     Reserved : 00000000

[594Ch 22860   8]                 Base Address : 00000000B0000000
[5954h 22868   2]         Segment Group Number : 0000
[5956h 22870   1]             Start Bus Number : 00
[5957h 22871   1]               End Bus Number : FF
[5958h 22872   4]                     Reserved : 00000000

[595Ch 22876   8]                 Base Address : 00000000B0000000
[5964h 22884   2]         Segment Group Number : 0000
[5966h 22886   1]             Start Bus Number : 00
[5967h 22887   1]               End Bus Number : FF
[5968h 22888   4]                     Reserved : 00000000

[596Ch 22892   8]                 Base Address : 00000000B0000000
[5974h 22900   2]         Segment Group Number : 0000
[5976h 22902   1]             Start Bus Number : 00
[5977h 22903   1]               End Bus Number : FF
[5978h 22904   4]                     Reserved : 00000000

[597Ch 22908   8]                 Base Address : 00000000B0000000
[5984h 22916   2]         Segment Group Number : 0000
[5986h 22918   1]             Start Bus Number : 00
[5987h 22919   1]               End Bus Number : FF
[5988h 22920   4]                     Reserved : 00000000

[598Ch 22924   8]                 Base Address : 00000000B0000000
[5994h 22932   2]         Segment Group Number : 0000
[5996h 22934   1]             Start Bus Number : 00
[5997h 22935   1]               End Bus Number : FF
[5998h 22936   4]                     Reserved : 00000000

[599Ch 22940   8]                 Base Address : 00000000B0000000
[59A4h 22948   2]         Segment Group Number : 0000
[59A6h 22950   1]             Start Bus Number : 00
[59A7h 22951   1]               End Bus Number : FF
[59A8h 22952   4]                     Reserved : 00000000

[59ACh 22956   8]                 Base Address : 00000000B0000000
[59B4h 22964   2]         Segment Group Number : 0000
[59B6h 22966   1]             Start Bus Number : 00
[59B7h 22967   1]               End Bus Number : FF
[59B8h 22968   4]                     Reserved : 00000000

[59BCh 22972   8]                 Base Address : 00000000B0000000
[59C4h 22980   2]         Segment Group Number : 0000
[59C6h 22982   1]             Start Bus Number : 00
[59C7h 22983   1]               End Bus Number : FF
[59C8h 22984   4]                     Reserved : 00000000

[59CCh 22988   8]                 Base Address : 00000000B0000000
[59D4h 22996   2]         Segment Group Number : 0000
[59D6h 22998   1]             Start Bus Number : 00
[59D7h 22999   1]               End Bus Number : FF
[59D8h 23000   4]                     Reserved : 00000000

[59DCh 23004   8]                 Base Address : 00000000B0000000
[59E4h 23012   2]         Segment Group Number : 0000
[59E6h 23014   1]             Start Bus Number : 00
[59E7h 23015   1]               End Bus Number : FF
[59E8h 23016   4]                     Reserved : 00000000

[59ECh 23020   8]                 Base Address : 00000000B0000000
[59F4h 23028   2]         Segment Group Number : 0000
[59F6h 23030   1]             Start Bus Number : 00
[59F7h 23031   1]               End Bus Number : FF
[59F8h 23032   4]                     Reserved : 00000000

[59FCh 23036   8]                 Base Address : 00000000B0000000
[5A04h 23044   2]         Segment Group Number : 0000
[5A06h 23046   1]             Start Bus Number : 00
[5A07h 23047   1]               End Bus Number : FF
[5A08h 23048   4]                     Reserved : 00000000

[5A0Ch 23052   8]                 Base Address : 00000000B0000000
[5A14h 23060   2]         Segment Group Number : 0000
[5A16h 23062   1]             Start Bus Number : 00
[5A17h 23063   1]               End Bus Number : FF
[5A18h 23064   4]                     Reserved : 00000000

[5A1Ch 23068   8]                 Base Address : 00000000B0000000
[5A24h 23076   2]         Segment Group Number : 0000
[5A26h 23078   1]             Start Bus Number : 00
[5A27h 23079   1]               End Bus Number : FF
[5A28h 23080   4]                     Reserved : 00000000

[5A2Ch 23084   8]                 Base Address : 00000000B0000000
[5A34h 23092   2]         Segment Group Number : 0000
[5A36h 23094   1]             Start Bus Number : 00
[5A37h 23095   1]               End Bus Number : FF
[5A38h 23096   4]                     Reserved : 00000000

[5A3Ch 23100   8]                 Base Address : 00000000B0000000
[5A44h 23108   2]         Segment Group Number : 0000
[5A46h 23110   1]             Start Bus Number : 00
[5A47h 23111   1]               End Bus Number : FF
[5A48h 23112   4]                     Reserved : 00000000

[5A4Ch 23116   8]                 Base Address : 00000000B0000000
[5A54h 23124   2]         Segment Group Number : 0000
[5A56h 23126   1]             Start Bus Number : 00
[5A57h 23127   1]               End Bus Number : FF
[5A58h 23128   4]                     Reserved : 00000000

[5A5Ch 23132   8]                 Base Address : 00000000B0000000
[5A64h 23140   2]         Segment Group Number : 0000
[5A66h 23142   1]             Start Bus Number : 00
[5A67h 23143   1]               End Bus Number : FF
[5A68h 23144   4]                     Reserved : 00000000

[5A6Ch 23148   8]                 Base Address : 00000000B0000000
[5A74h 23156   2]         Segment Group Number : 0000
[5A76h 23158   1]             Start Bus Number : 00
[5A77h 23159   1]               End Bus Number : FF
[5A78h 23160   4]                     Reserved : 00000000

[5A7Ch 23164   8]                 Base Address : 00000000B0000000
[5A84h 23172   2]         Segment Group Number : 0000
[5A86h 23174   1]             Start Bus Number : 00
[5A87h 23175   1]               End Bus Number : FF
[5A88h 23176   4]                     Reserved : 00000000

[5A8Ch 23180   8]                 Base Address : 00000000B0000000
[5A94h 23188   2]         Segment Group Number : 0000
[5A96h 23190   1]             Start Bus Number : 00
[5A97h 23191   1]               End Bus Number : FF
[5A98h 23192   4]                     Reserved : 00000000

[5A9Ch 23196   8]                 Base Address : 00000000B0000000
[5AA4h 23204   2]         Segment Group Number : 0000
[5AA6h 23206   1]             Start Bus Number : 00
[5AA7h 23207   1]               End Bus Number : FF
[5AA8h 23208   4]                     Reserved : 00000000

[5AACh 23212   8]                 Base Address : 00000000B0000000
[5AB4h 23220   2]         Segment Group Number : 0000
[5AB6h 23222   1]             Start Bus Number : 00
[5AB7h 23223   1]               End Bus Number : FF
[5AB8h 23224   4]                     Reserved : 00000000

[5ABCh 23228   8]                 Base Address : 00000000B0000000
[5AC4h 23236   2]         Segment Group Number : 0000
[5AC6h 23238   1]             Start Bus Number : 00
[5AC7h 23239   1]               End Bus Number : FF
[5AC8h 23240   4]                     Reserved : 00000000

[5ACCh 23244   8]                 Base Address : 00000000B0000000
[5AD4h 23252   2]         Segment Group Number : 0000
[5AD6h 23254   1]             Start Bus Number : 00
[5AD7h 23255   1]               End Bus Number : FF
[5AD8h 23256   4]                     Reserved : 00000000

[5ADCh 23260   8]                 Base Address : 00000000B0000000
[5AE4h 23268   2]         Segment Group Number : 0000
[5AE6h 23270   1]             Start Bus Number : 00
[5AE7h 23271   1]               End Bus Number : FF
[5AE8h 23272   4]                     Reserved : 00000000

[5AECh 23276   8]                 Base Address : 00000000B0000000
[5AF4h 23284   2]         Segment Group Number : 0000
[5AF6h 23286   1]             Start Bus Number : 00
[5AF7h 23287   1]               End Bus Number : FF
[5AF8h 23288   4]                     Reserved : 00000000

[5AFCh 23292   8]                 Base Address : 00000000B0000000
[5B04h 23300   2]         Segment Group Number : 0000
[5B06h 23302   1]             Start Bus Number : 00
[5B07h 23303   1]               End Bus Number : FF
[5B08h 23304   4]                     Reserved : 00000000

[5B0Ch 23308   8]                 Base Address : 00000000B0000000
[5B14h 23316   2]         Segment Group Number : 0000
[5B16h 23318   1]             Start Bus Number : 00
[5B17h 23319   1]               End Bus Number : FF
[5B18h 23320   4]                     Reserved : 00000000

[5B1Ch 23324   8]                 Base Address : 00000000B0000000
[5B24h 23332   2]         Segment Group Number : 0000
[5B26h 23334   1]             Start Bus Number : 00
[5B27h 23335   1]               End Bus Number : FF
[5B28h 23336   4]                     Reserved : 00000000

[5B2Ch 23340   8]                 Base Address : 00000000B0000000
[5B34h 23348   2]         Segment Group Number : 0000
[5B36h 23350   1]             Start Bus Number : 00
[5B37h 23351   1]               End Bus Number : FF
[5B38h 23352   4]                     Reserved : 00000000

[5B3Ch 23356   8]                 Base Address : 00000000B0000000
[5B44h 23364   2]         Segment Group Number : 0000
[5B46h 23366   1]             Start Bus Number : 00
[5B47h 23367   1]               End Bus Number : FF
[5B48h 23368   4]                     Reserved : 00000000

[5B4Ch 23372   8]                 Base Address : 00000000B0000000
[5B54h 23380   2]         Segment Group Number : 0000
[5B56h 23382   1]             Start Bus Number : 00
[5B57h 23383   1]               End Bus Number : FF
[5B58h 23384   4]                     Reserved : 00000000

[5B5Ch 23388   8]                 Base Address : 00000000B0000000
[5B64h 23396   2]         Segment Group Number : 0000
[5B66h 23398   1]             Start Bus Number : 00
[5B67h 23399   1]               End Bus Number : FF
[5B68h 23400   4]                     Reserved : 00000000

[5B6Ch 23404   8]                 Base Address : 00000000B0000000
[5B74h 23412   2]         Segment Group Number : 0000
[5B76h 23414   1]             Start Bus Number : 00
[5B77h 23415   1]               End Bus Number : FF
[5B78h 23416   4]                     Reserved : 00000000

[5B7Ch 23420   8]                 Base Address : 00000000B0000000
[5B84h 23428   2]         Segment Group Number : 0000
[5B86h 23430   1]             Start Bus Number : 00
[5B87h 23431   1]               End Bus Number : FF
[5B88h 23432   4]                     Reserved : 00000000

[5B8Ch 23436   8]                 Base Address : 00000000B0000000
[5B94h 23444   2]         Segment Group Number : 0000
[5B96h 23446   1]             Start Bus Number : 00
[5B97h 23447   1]               End Bus Number : FF
[5B98h 23448   4]                     Reserved : 00000000

[5B9Ch 23452   8]                 Base Address : 00000000B0000000
[5BA4h 23460   2]         Segment Group Number : 0000
[5BA6h 23462   1]             Start Bus Number : 00
[5BA7h 23463   1]               End Bus Number : FF
[5BA8h 23464   4]                     Reserved : 00000000

[5BACh 23468   8]                 Base Address : 00000000B0000000
[5BB4h 23476   2]         Segment Group Number : 0000
[5BB6h 23478   1]             Start Bus Number : 00
[5BB7h 23479   1]               End Bus Number : FF
[5BB8h 23480   4]                     Reserved : 00000000

[5BBCh 23484   8]                 Base Address : 00000000B0000000
[5BC4h 23492   2]         Segment Group Number : 0000
[5BC6h 23494   1]             Start Bus Number : 00
[5BC7h 23495   1]               End Bus Number : FF
[5BC8h 23496   4]                     Reserved : 00000000

[5BCCh 23500   8]                 Base Address : 00000000B0000000
[5BD4h 23508   2]         Segment Group Number : 0000
[5BD6h 23510   1]             Start Bus Number : 00
[5BD7h 23511   1]               End Bus Number : FF
[5BD8h 23512   4]                     Reserved : 00000000

[5BDCh 23516   8]                 Base Address : 00000000B0000000
[5BE4h 23524   2]         Segment Group Number : 0000
[5BE6h 23526   1]             Start Bus Number : 00
[5BE7h 23527   1]               End Bus Number : FF
[5BE8h 23528   4]                     Reserved : 00000000

[5BECh 23532   8]                 Base Address : 00000000B0000000
[5BF4h 23540   2]         Segment Group Number : 0000
[5BF6h 23542   1]             Start Bus Number : 00
[5BF7h 23543   1]               End Bus Number : FF
[5BF8h 23544   4]                     Reserved : 00000000

[5BFCh 23548   8]                 Base Address : 00000000B0000000
[5C04h 23556   2]         Segment Group Number : 0000
[5C06h 23558   1]             Start Bus Number : 00
[5C07h 23559   1]               End Bus Number : FF
[5C08h 23560   4]                     Reserved : 00000000

[5C0Ch 23564   8]                 Base Address : 00000000B0000000
[5C14h 23572   2]         Segment Group Number : 0000
[5C16h 23574   1]             Start Bus Number : 00
[5C17h 23575   1]               End Bus Number : FF
[5C18h 23576   4]                     Reserved : 00000000

[5C1Ch 23580   8]                 Base Address : 00000000B0000000
[5C24h 23588   2]         Segment Group Number : 0000
[5C26h 23590   1]             Start Bus Number : 00
[5C27h 23591   1]               End Bus Number : FF
[5C28h 23592   4]                     Reserved : 00000000

[5C2Ch 23596   8]                 Base Address : 00000000B0000000
[5C34h 23604   2]         Segment Group Number : 0000
[5C36h 23606   1]             Start Bus Number : 00
[5C37h 23607   1]               End Bus Number : FF
[5C38h 23608   4]                     Reserved : 00000000

[5C3Ch 23612   8]                 Base Address : 00000000B0000000
[5C44h 23620   2]         Segment Group Number : 0000
[5C46h 23622   1]             Start Bus Number : 00
[5C47h 23623   1]               End Bus Number : FF
[5C48h 23624   4]                     Reserved : 00000000

[5C4Ch 23628   8]                 Base Address : 00000000B0000000
[5C54h 23636   2]         Segment Group Number : 0000
[5C56h 23638   1]             Start Bus Number : 00
[5C57h 23639   1]               End Bus Number : FF
[5C58h 23640   4]                     Reserved : 00000000

[5C5Ch 23644   8]                 Base Address : 00000000B0000000
[5C64h 23652   2]         Segment Group Number : 0000
[5C66h 23654   1]             Start Bus Number : 00
[5C67h 23655   1]               End Bus Number : FF
[5C68h 23656   4]                     Reserved : 00000000

[5C6Ch 23660   8]                 Base Address : 00000000B0000000
[5C74h 23668   2]         Segment Group Number : 0000
[5C76h 23670   1]             Start Bus Number : 00
[5C77h 23671   1]               End Bus Number : FF
[5C78h 23672   4]                     Reserved : 00000000

[5C7Ch 23676   8]                 Base Address : 00000000B0000000
[5C84h 23684   2]         Segment Group Number : 0000
[5C86h 23686   1]             Start Bus Number : 00
[5C87h 23687   1]               End Bus Number : FF
[5C88h 23688   4]                     Reserved : 00000000

[5C8Ch 23692   8]                 Base Address : 00000000B0000000
[5C94h 23700   2]         Segment Group Number : 0000
[5C96h 23702   1]             Start Bus Number : 00
[5C97h 23703   1]               End Bus Number : FF
[5C98h 23704   4]                     Reserved : 00000000

[5C9Ch 23708   8]                 Base Address : 00000000B0000000
[5CA4h 23716   2]         Segment Group Number : 0000
[5CA6h 23718   1]             Start Bus Number : 00
[5CA7h 23719   1]               End Bus Number : FF
[5CA8h 23720   4]                     Reserved : 00000000

[5CACh 23724   8]                 Base Address : 00000000B0000000
[5CB4h 23732   2]         Segment Group Number : 0000
[5CB6h 23734   1]             Start Bus Number : 00
[5CB7h 23735   1]               End Bus Number : FF
[5CB8h 23736   4]                     Reserved : 00000000

[5CBCh 23740   8]                 Base Address : 00000000B0000000
[5CC4h 23748   2]         Segment Group Number : 0000
[5CC6h 23750   1]             Start Bus Number : 00
[5CC7h 23751   1]               End Bus Number : FF
[5CC8h 23752   4]                     Reserved : 00000000

[5CCCh 23756   8]                 Base Address : 00000000B0000000
[5CD4h 23764   2]         Segment Group Number : 0000
[5CD6h 23766   1]             Start Bus Number : 00
[5CD7h 23767   1]               End Bus Number : FF
[5CD8h 23768   4]                     Reserved : 00000000

[5CDCh 23772   8]                 Base Address : 00000000B0000000
[5CE4h 23780   2]         Segment Group Number : 0000
[5CE6h 23782   1]             Start Bus Number : 00
[5CE7h 23783   1]               End Bus Number : FF
[5CE8h 23784   4]                     Reserved : 00000000

[5CECh 23788   8]                 Base Address : 00000000B0000000
[5CF4h 23796   2]         Segment Group Number : 0000
[5CF6h 23798   1]             Start Bus Number : 00
[5CF7h 23799   1]               End Bus Number : FF
[5CF8h 23800   4]                     Reserved : 00000000

[5CFCh 23804   8]                 Base Address : 00000000B0000000
[5D04h 23812   2]         Segment Group Number : 0000
[5D06h 23814   1]             Start Bus Number : 00
[5D07h 23815   1]               End Bus Number : FF
[5D08h 23816   4]                     Reserved : 00000000

[5D0Ch 23820   8]                 Base Address : 00000000B0000000
[5D14h 23828   2]         Segment Group Number : 0000
[5D16h 23830   1]             Start Bus Number : 00
[5D17h 23831   1]               End Bus Number : FF
[5D18h 23832   4]                     Reserved : 00000000

[5D1Ch 23836   8]                 Base Address : 00000000B0000000
[5D24h 23844   2]         Segment Group Number : 0000
[5D26h 23846   1]             Start Bus Number : 00
[5D27h 23847   1]               End Bus Number : FF
[5D28h 23848   4]                     Reserved : 00000000

[5D2Ch 23852   8]                 Base Address : 00000000B0000000
[5D34h 23860   2]         Segment Group Number : 0000
[5D36h 23862   1]             Start Bus Number : 00
[5D37h 23863   1]               End Bus Number : FF
[5D38h 23864   4]                     Reserved : 00000000

[5D3Ch 23868   8]                 Base Address : 00000000B0000000
[5D44h 23876   2]         Segment Group Number : 0000
[5D46h 23878   1]             Start Bus Number : 00
[5D47h 23879   1]               End Bus Number : FF
[5D48h 23880   4]                     Reserved : 00000000

[5D4Ch 23884   8]                 Base Address : 00000000B0000000
[5D54h 23892   2]         Segment Group Number : 0000
[5D56h 23894   1]             Start Bus Number : 00
[5D57h 23895   1]               End Bus Number : FF
[5D58h 23896   4]                     Reserved : 00000000

[5D5Ch 23900   8]                 Base Address : 00000000B0000000
[5D64h 23908   2]         Segment Group Number : 0000
[5D66h 23910   1]             Start Bus Number : 00
[5D67h 23911   1]               End Bus Number : FF
[5D68h 23912   4]                     Reserved : 00000000

[5D6Ch 23916   8]                 Base Address : 00000000B0000000
[5D74h 23924   2]         Segment Group Number : 0000
[5D76h 23926   1]             Start Bus Number : 00
[5D77h 23927   1]               End Bus Number : FF
[5D78h 23928   4]                     Reserved : 00000000

[5D7Ch 23932   8]                 Base Address : 00000000B0000000
[5D84h 23940   2]         Segment Group Number : 0000
[5D86h 23942   1]             Start Bus Number : 00
[5D87h 23943   1]               End Bus Number : FF
[5D88h 23944   4]                     Reserved : 00000000

[5D8Ch 23948   8]                 Base Address : 00000000B0000000
[5D94h 23956   2]         Segment Group Number : 0000
[5D96h 23958   1]             Start Bus Number : 00
[5D97h 23959   1]               End Bus Number : FF
[5D98h 23960   4]                     Reserved : 00000000

[5D9Ch 23964   8]                 Base Address : 00000000B0000000
[5DA4h 23972   2]         Segment Group Number : 0000
[5DA6h 23974   1]             Start Bus Number : 00
[5DA7h 23975   1]               End Bus Number : FF
[5DA8h 23976   4]                     Reserved : 00000000

[5DACh 23980   8]                 Base Address : 00000000B0000000
[5DB4h 23988   2]         Segment Group Number : 0000
[5DB6h 23990   1]             Start Bus Number : 00
[5DB7h 23991   1]               End Bus Number : FF
[5DB8h 23992   4]                     Reserved : 00000000

[5DBCh 23996   8]                 Base Address : 00000000B0000000
[5DC4h 24004   2]         Segment Group Number : 0000
[5DC6h 24006   1]             Start Bus Number : 00
[5DC7h 24007   1]               End Bus Number : FF
[5DC8h 24008   4]                     Reserved : 00000000

[5DCCh 24012   8]                 Base Address : 00000000B0000000
[5DD4h 24020   2]         Segment Group Number : 0000
[5DD6h 24022   1]             Start Bus Number : 00
[5DD7h 24023   1]               End Bus Number : FF
[5DD8h 24024   4]                     Reserved : 00000000

[5DDCh 24028   8]                 Base Address : 00000000B0000000
[5DE4h 24036   2]         Segment Group Number : 0000
[5DE6h 24038   1]             Start Bus Number : 00
[5DE7h 24039   1]               End Bus Number : FF
[5DE8h 24040   4]                     Reserved : 00000000

[5DECh 24044   8]                 Base Address : 00000000B0000000
[5DF4h 24052   2]         Segment Group Number : 0000
[5DF6h 24054   1]             Start Bus Number : 00
[5DF7h 24055   1]               End Bus Number : FF
[5DF8h 24056   4]                     Reserved : 00000000

[5DFCh 24060   8]                 Base Address : 00000000B0000000
[5E04h 24068   2]         Segment Group Number : 0000
[5E06h 24070   1]             Start Bus Number : 00
[5E07h 24071   1]               End Bus Number : FF
[5E08h 24072   4]                     Reserved : 00000000

[5E0Ch 24076   8]                 Base Address : 00000000B0000000
[5E14h 24084   2]         Segment Group Number : 0000
[5E16h 24086   1]             Start Bus Number : 00
[5E17h 24087   1]               End Bus Number : FF
[5E18h 24088   4]                     Reserved : 00000000

[5E1Ch 24092   8]                 Base Address : 00000000B0000000
[5E24h 24100   2]         Segment Group Number : 0000
[5E26h 24102   1]             Start Bus Number : 00
[5E27h 24103   1]               End Bus Number : FF
[5E28h 24104   4]                     Reserved : 00000000

[5E2Ch 24108   8]                 Base Address : 00000000B0000000
[5E34h 24116   2]         Segment Group Number : 0000
[5E36h 24118   1]             Start Bus Number : 00
[5E37h 24119   1]               End Bus Number : FF
[5E38h 24120   4]                     Reserved : 00000000

[5E3Ch 24124   8]                 Base Address : 00000000B0000000
[5E44h 24132   2]         Segment Group Number : 0000
[5E46h 24134   1]             Start Bus Number : 00
[5E47h 24135   1]               End Bus Number : FF
[5E48h 24136   4]                     Reserved : 00000000

[5E4Ch 24140   8]                 Base Address : 00000000B0000000
[5E54h 24148   2]         Segment Group Number : 0000
[5E56h 24150   1]             Start Bus Number : 00
[5E57h 24151   1]               End Bus Number : FF
[5E58h 24152   4]                     Reserved : 00000000

[5E5Ch 24156   8]                 Base Address : 00000000B0000000
[5E64h 24164   2]         Segment Group Number : 0000
[5E66h 24166   1]             Start Bus Number : 00
[5E67h 24167   1]               End Bus Number : FF
[5E68h 24168   4]                     Reserved : 00000000

[5E6Ch 24172   8]                 Base Address : 00000000B0000000
[5E74h 24180   2]         Segment Group Number : 0000
[5E76h 24182   1]             Start Bus Number : 00
[5E77h 24183   1]               End Bus Number : FF
[5E78h 24184   4]                     Reserved : 00000000

[5E7Ch 24188   8]                 Base Address : 00000000B0000000
[5E84h 24196   2]         Segment Group Number : 0000
[5E86h 24198   1]             Start Bus Number : 00
[5E87h 24199   1]               End Bus Number : FF
[5E88h 24200   4]                     Reserved : 00000000

[5E8Ch 24204   8]                 Base Address : 00000000B0000000
[5E94h 24212   2]         Segment Group Number : 0000
[5E96h 24214   1]             Start Bus Number : 00
[5E97h 24215   1]               End Bus Number : FF
[5E98h 24216   4]                     Reserved : 00000000

[5E9Ch 24220   8]                 Base Address : 00000000B0000000
[5EA4h 24228   2]         Segment Group Number : 0000
[5EA6h 24230   1]             Start Bus Number : 00
[5EA7h 24231   1]               End Bus Number : FF
[5EA8h 24232   4]                     Reserved : 00000000

[5EACh 24236   8]                 Base Address : 00000000B0000000
[5EB4h 24244   2]         Segment Group Number : 0000
[5EB6h 24246   1]             Start Bus Number : 00
[5EB7h 24247   1]               End Bus Number : FF
[5EB8h 24248   4]                     Reserved : 00000000

[5EBCh 24252   8]                 Base Address : 00000000B0000000
[5EC4h 24260   2]         Segment Group Number : 0000
[5EC6h 24262   1]             Start Bus Number : 00
[5EC7h 24263   1]               End Bus Number : FF
[5EC8h 24264   4]                     Reserved : 00000000

[5ECCh 24268   8]                 Base Address : 00000000B0000000
[5ED4h 24276   2]         Segment Group Number : 0000
[5ED6h 24278   1]             Start Bus Number : 00
[5ED7h 24279   1]               End Bus Number : FF
[5ED8h 24280   4]                     Reserved : 00000000

[5EDCh 24284   8]                 Base Address : 00000000B0000000
[5EE4h 24292   2]         Segment Group Number : 0000
[5EE6h 24294   1]             Start Bus Number : 00
[5EE7h 24295   1]               End Bus Number : FF
[5EE8h 24296   4]                     Reserved : 00000000

[5EECh 24300   8]                 Base Address : 00000000B0000000
[5EF4h 24308   2]         Segment Group Number : 0000
[5EF6h 24310   1]             Start Bus Number : 00
[5EF7h 24311   1]               End Bus Number : FF
[5EF8h 24312   4]                     Reserved : 00000000

[5EFCh 24316   8]                 Base Address : 00000000B0000000
[5F04h 24324   2]         Segment Group Number : 0000
[5F06h 24326   1]             Start Bus Number : 00
[5F07h 24327   1]               End Bus Number : FF
[5F08h 24328   4]                     Reserved : 00000000

[5F0Ch 24332   8]                 Base Address : 00000000B0000000
[5F14h 24340   2]         Segment Group Number : 0000
[5F16h 24342   1]             Start Bus Number : 00
[5F17h 24343   1]               End Bus Number : FF
[5F18h 24344   4]                     Reserved : 00000000

[5F1Ch 24348   8]                 Base Address : 00000000B0000000
[5F24h 24356   2]         Segment Group Number : 0000
[5F26h 24358   1]             Start Bus Number : 00
[5F27h 24359   1]               End Bus Number : FF
[5F28h 24360   4]                     Reserved : 00000000

[5F2Ch 24364   8]                 Base Address : 00000000B0000000
[5F34h 24372   2]         Segment Group Number : 0000
[5F36h 24374   1]             Start Bus Number : 00
[5F37h 24375   1]               End Bus Number : FF
[5F38h 24376   4]                     Reserved : 00000000

[5F3Ch 24380   8]                 Base Address : 00000000B0000000
[5F44h 24388   2]         Segment Group Number : 0000
[5F46h 24390   1]             Start Bus Number : 00
[5F47h 24391   1]               End Bus Number : FF
[5F48h 24392   4]                     Reserved : 00000000

[5F4Ch 24396   8]                 Base Address : 00000000B0000000
[5F54h 24404   2]         Segment Group Number : 0000
[5F56h 24406   1]             Start Bus Number : 00
[5F57h 24407   1]               End Bus Number : FF
[5F58h 24408   4]                     Reserved : 00000000

[5F5Ch 24412   8]                 Base Address : 00000000B0000000
[5F64h 24420   2]         Segment Group Number : 0000
[5F66h 24422   1]             Start Bus Number : 00
[5F67h 24423   1]               End Bus Number : FF
[5F68h 24424   4]                     Reserved : 00000000

[5F6Ch 24428   8]                 Base Address : 00000000B0000000
[5F74h 24436   2]         Segment Group Number : 0000
[5F76h 24438   1]             Start Bus Number : 00
[5F77h 24439   1]               End Bus Number : FF
[5F78h 24440   4]                     Reserved : 00000000

[5F7Ch 24444   8]                 Base Address : 00000000B0000000
[5F84h 24452   2]         Segment Group Number : 0000
[5F86h 24454   1]             Start Bus Number : 00
[5F87h 24455   1]               End Bus Number : FF
[5F88h 24456   4]                     Reserved : 00000000

[5F8Ch 24460   8]                 Base Address : 00000000B0000000
[5F94h 24468   2]         Segment Group Number : 0000
[5F96h 24470   1]             Start Bus Number : 00
[5F97h 24471   1]               End Bus Number : FF
[5F98h 24472   4]                     Reserved : 00000000

[5F9Ch 24476   8]                 Base Address : 00000000B0000000
[5FA4h 24484   2]         Segment Group Number : 0000
[5FA6h 24486   1]             Start Bus Number : 00
[5FA7h 24487   1]               End Bus Number : FF
[5FA8h 24488   4]                     Reserved : 00000000

[5FACh 24492   8]                 Base Address : 00000000B0000000
[5FB4h 24500   2]         Segment Group Number : 0000
[5FB6h 24502   1]             Start Bus Number : 00
[5FB7h 24503   1]               End Bus Number : FF
[5FB8h 24504   4]                     Reserved : 00000000

[5FBCh 24508   8]                 Base Address : 00000000B0000000
[5FC4h 24516   2]         Segment Group Number : 0000
[5FC6h 24518   1]             Start Bus Number : 00
[5FC7h 24519   1]               End Bus Number : FF
[5FC8h 24520   4]                     Reserved : 00000000

[5FCCh 24524   8]                 Base Address : 00000000B0000000
[5FD4h 24532   2]         Segment Group Number : 0000
[5FD6h 24534   1]             Start Bus Number : 00
[5FD7h 24535   1]               End Bus Number : FF
[5FD8h 24536   4]                     Reserved : 00000000

[5FDCh 24540   8]                 Base Address : 00000000B0000000
[5FE4h 24548   2]         Segment Group Number : 0000
[5FE6h 24550   1]             Start Bus Number : 00
[5FE7h 24551   1]               End Bus Number : FF
[5FE8h 24552   4]                     Reserved : 00000000

[5FECh 24556   8]                 Base Address : 00000000B0000000
[5FF4h 24564   2]         Segment Group Number : 0000
[5FF6h 24566   1]             Start Bus Number : 00
[5FF7h 24567   1]               End Bus Number : FF
[5FF8h 24568   4]                     Reserved : 00000000

[5FFCh 24572   8]                 Base Address : 00000000B0000000
[6004h 24580   2]         Segment Group Number : 0000
[6006h 24582   1]             Start Bus Number : 00
[6007h 24583   1]               End Bus Number : FF
[6008h 24584   4]                     Reserved : 00000000

[600Ch 24588   8]                 Base Address : 00000000B0000000
[6014h 24596   2]         Segment Group Number : 0000
[6016h 24598   1]             Start Bus Number : 00
[6017h 24599   1]               End Bus Number : FF
[6018h 24600   4]                     Reserved : 00000000

[601Ch 24604   8]                 Base Address : 00000000B0000000
[6024h 24612   2]         Segment Group Number : 0000
[6026h 24614   1]             Start Bus Number : 00
[6027h 24615   1]               End Bus Number : FF
[6028h 24616   4]                     Reserved : 00000000

[602Ch 24620   8]                 Base Address : 00000000B0000000
[6034h 24628   2]         Segment Group Number : 0000
[6036h 24630   1]             Start Bus Number : 00
[6037h 24631   1]               End Bus Number : FF
[6038h 24632   4]                     Reserved : 00000000

[603Ch 24636   8]                 Base Address : 00000000B0000000
[6044h 24644   2]         Segment Group Number : 0000
[6046h 24646   1]             Start Bus Number : 00
[6047h 24647   1]               End Bus Number : FF
[6048h 24648   4]                     Reserved : 00000000

[604Ch 24652   8]                 Base Address : 00000000B0000000
[6054h 24660   2]         Segment Group Number : 0000
[6056h 24662   1]             Start Bus Number : 00
[6057h 24663   1]               End Bus Number : FF
[6058h 24664   4]                     Reserved : 00000000

[605Ch 24668   8]                 Base Address : 00000000B0000000
[6064h 24676   2]         Segment Group Number : 0000
[6066h 24678   1]             Start Bus Number : 00
[6067h 24679   1]               End Bus Number : FF
[6068h 24680   4]                     Reserved : 00000000

[606Ch 24684   8]                 Base Address : 00000000B0000000
[6074h 24692   2]         Segment Group Number : 0000
[6076h 24694   1]             Start Bus Number : 00
[6077h 24695   1]               End Bus Number : FF
[6078h 24696   4]                     Reserved : 00000000

[607Ch 24700   8]                 Base Address : 00000000B0000000
[6084h 24708   2]         Segment Group Number : 0000
[6086h 24710   1]             Start Bus Number : 00
[6087h 24711   1]               End Bus Number : FF
[6088h 24712   4]                     Reserved : 00000000

[608Ch 24716   8]                 Base Address : 00000000B0000000
[6094h 24724   2]         Segment Group Number : 0000
[6096h 24726   1]             Start Bus Number : 00
[6097h 24727   1]               End Bus Number : FF
[6098h 24728   4]                     Reserved : 00000000

[609Ch 24732   8]                 Base Address : 00000000B0000000
[60A4h 24740   2]         Segment Group Number : 0000
[60A6h 24742   1]             Start Bus Number : 00
[60A7h 24743   1]               End Bus Number : FF
[60A8h 24744   4]                     Reserved : 00000000

[60ACh 24748   8]                 Base Address : 00000000B0000000
[60B4h 24756   2]         Segment Group Number : 0000
[60B6h 24758   1]             Start Bus Number : 00
[60B7h 24759   1]               End Bus Number : FF
[60B8h 24760   4]                     Reserved : 00000000

[60BCh 24764   8]                 Base Address : 00000000B0000000
[60C4h 24772   2]         Segment Group Number : 0000
[60C6h 24774   1]             Start Bus Number : 00
[60C7h 24775   1]               End Bus Number : FF
[60C8h 24776   4]                     Reserved : 00000000

[60CCh 24780   8]                 Base Address : 00000000B0000000
[60D4h 24788   2]         Segment Group Number : 0000
[60D6h 24790   1]             Start Bus Number : 00
[60D7h 24791   1]               End Bus Number : FF
[60D8h 24792   4]                     Reserved : 00000000

[60DCh 24796   8]                 Base Address : 00000000B0000000
[60E4h 24804   2]         Segment Group Number : 0000
[60E6h 24806   1]             Start Bus Number : 00
[60E7h 24807   1]               End Bus Number : FF
[60E8h 24808   4]                     Reserved : 00000000

[60ECh 24812   8]                 Base Address : 00000000B0000000
[60F4h 24820   2]         Segment Group Number : 0000
[60F6h 24822   1]             Start Bus Number : 00
[60F7h 24823   1]               End Bus Number : FF
[60F8h 24824   4]                     Reserved : 00000000

[60FCh 24828   8]                 Base Address : 00000000B0000000
[6104h 24836   2]         Segment Group Number : 0000
[6106h 24838   1]             Start Bus Number : 00
[6107h 24839   1]               End Bus Number : FF
[6108h 24840   4]                     Reserved : 00000000

[610Ch 24844   8]                 Base Address : 00000000B0000000
[6114h 24852   2]         Segment Group Number : 0000
[6116h 24854   1]             Start Bus Number : 00
[6117h 24855   1]               End Bus Number : FF
[6118h 24856   4]                     Reserved : 00000000

[611Ch 24860   8]                 Base Address : 00000000B0000000
[6124h 24868   2]         Segment Group Number : 0000
[6126h 24870   1]             Start Bus Number : 00
[6127h 24871   1]               End Bus Number : FF
[6128h 24872   4]                     Reserved : 00000000

[612Ch 24876   8]                 Base Address : 00000000B0000000
[6134h 24884   2]         Segment Group Number : 0000
[6136h 24886   1]             Start Bus Number : 00
[6137h 24887   1]               End Bus Number : FF
[6138h 24888   4]                     Reserved : 00000000

[613Ch 24892   8]                 Base Address : 00000000B0000000
[6144h 24900   2]         Segment Group Number : 0000
[6146h 24902   1]             Start Bus Number : 00
[6147h 24903   1]               End Bus Number : FF
[6148h 24904   4]                     Reserved : 00000000

[614Ch 24908   8]                 Base Address : 00000000B0000000
[6154h 24916   2]         Segment Group Number : 0000
[6156h 24918   1]             Start Bus Number : 00
[6157h 24919   1]               End Bus Number : FF
[6158h 24920   4]                     Reserved : 00000000

[615Ch 24924   8]                 Base Address : 00000000B0000000
[6164h 24932   2]         Segment Group Number : 0000
[6166h 24934   1]             Start Bus Number : 00
[6167h 24935   1]               End Bus Number : FF
[6168h 24936   4]                     Reserved : 00000000

[616Ch 24940   8]                 Base Address : 00000000B0000000
[6174h 24948   2]         Segment Group Number : 0000
[6176h 24950   1]             Start Bus Number : 00
[6177h 24951   1]               End Bus Number : FF
[6178h 24952   4]                     Reserved : 00000000

[617Ch 24956   8]                 Base Address : 00000000B0000000
[6184h 24964   2]         Segment Group Number : 0000
[6186h 24966   1]             Start Bus Number : 00
[6187h 24967   1]               End Bus Number : FF
[6188h 24968   4]                     Reserved : 00000000

[618Ch 24972   8]                 Base Address : 00000000B0000000
[6194h 24980   2]         Segment Group Number : 0000
[6196h 24982   1]             Start Bus Number : 00
[6197h 24983   1]               End Bus Number : FF
[6198h 24984   4]                     Reserved : 00000000

[619Ch 24988   8]                 Base Address : 00000000B0000000
[61A4h 24996   2]         Segment Group Number : 0000
[61A6h 24998   1]             Start Bus Number : 00
[61A7h 24999   1]               End Bus Number : FF
[61A8h 25000   4]                     Reserved : 00000000

[61ACh 25004   8]                 Base Address : 00000000B0000000
[61B4h 25012   2]         Segment Group Number : 0000
[61B6h 25014   1]             Start Bus Number : 00
[61B7h 25015   1]               End Bus Number : FF
[61B8h 25016   4]                     Reserved : 00000000

[61BCh 25020   8]                 Base Address : 00000000B0000000
[61C4h 25028   2]         Segment Group Number : 0000
[61C6h 25030   1]             Start Bus Number : 00
[61C7h 25031   1]               End Bus Number : FF
[61C8h 25032   4]                     Reserved : 00000000

[61CCh 25036   8]                 Base Address : 00000000B0000000
[61D4h 25044   2]         Segment Group Number : 0000
[61D6h 25046   1]             Start Bus Number : 00
[61D7h 25047   1]               End Bus Number : FF
[61D8h 25048   4]                     Reserved : 00000000

[61DCh 25052   8]                 Base Address : 00000000B0000000
[61E4h 25060   2]         Segment Group Number : 0000
[61E6h 25062   1]             Start Bus Number : 00
[61E7h 25063   1]               End Bus Number : FF
[61E8h 25064   4]                     Reserved : 00000000

[61ECh 25068   8]                 Base Address : 00000000B0000000
[61F4h 25076   2]         Segment Group Number : 0000
[61F6h 25078   1]             Start Bus Number : 00
[61F7h 25079   1]               End Bus Number : FF
[61F8h 25080   4]                     Reserved : 00000000

[61FCh 25084   8]                 Base Address : 00000000B0000000
[6204h 25092   2]         Segment Group Number : 0000
[6206h 25094   1]             Start Bus Number : 00
[6207h 25095   1]               End Bus Number : FF
[6208h 25096   4]                     Reserved : 00000000

[620Ch 25100   8]                 Base Address : 00000000B0000000
[6214h 25108   2]         Segment Group Number : 0000
[6216h 25110   1]             Start Bus Number : 00
[6217h 25111   1]               End Bus Number : FF
[6218h 25112   4]                     Reserved : 00000000

[621Ch 25116   8]                 Base Address : 00000000B0000000
[6224h 25124   2]         Segment Group Number : 0000
[6226h 25126   1]             Start Bus Number : 00
[6227h 25127   1]               End Bus Number : FF
[6228h 25128   4]                     Reserved : 00000000

[622Ch 25132   8]                 Base Address : 00000000B0000000
[6234h 25140   2]         Segment Group Number : 0000
[6236h 25142   1]             Start Bus Number : 00
[6237h 25143   1]               End Bus Number : FF
[6238h 25144   4]                     Reserved : 00000000

[623Ch 25148   8]                 Base Address : 00000000B0000000
[6244h 25156   2]         Segment Group Number : 0000
[6246h 25158   1]             Start Bus Number : 00
[6247h 25159   1]               End Bus Number : FF
[6248h 25160   4]                     Reserved : 00000000

[624Ch 25164   8]                 Base Address : 00000000B0000000
[6254h 25172   2]         Segment Group Number : 0000
[6256h 25174   1]             Start Bus Number : 00
[6257h 25175   1]               End Bus Number : FF
[6258h 25176   4]                     Reserved : 00000000

[625Ch 25180   8]                 Base Address : 00000000B0000000
[6264h 25188   2]         Segment Group Number : 0000
[6266h 25190   1]             Start Bus Number : 00
[6267h 25191   1]               End Bus Number : FF
[6268h 25192   4]                     Reserved : 00000000

[626Ch 25196   8]                 Base Address : 00000000B0000000
[6274h 25204   2]         Segment Group Number : 0000
[6276h 25206   1]             Start Bus Number : 00
[6277h 25207   1]               End Bus Number : FF
[6278h 25208   4]                     Reserved : 00000000

[627Ch 25212   8]                 Base Address : 00000000B0000000
[6284h 25220   2]         Segment Group Number : 0000
[6286h 25222   1]             Start Bus Number : 00
[6287h 25223   1]               End Bus Number : FF
[6288h 25224   4]                     Reserved : 00000000

[628Ch 25228   8]                 Base Address : 00000000B0000000
[6294h 25236   2]         Segment Group Number : 0000
[6296h 25238   1]             Start Bus Number : 00
[6297h 25239   1]               End Bus Number : FF
[6298h 25240   4]                     Reserved : 00000000

[629Ch 25244   8]                 Base Address : 00000000B0000000
[62A4h 25252   2]         Segment Group Number : 0000
[62A6h 25254   1]             Start Bus Number : 00
[62A7h 25255   1]               End Bus Number : FF
[62A8h 25256   4]                     Reserved : 00000000

[62ACh 25260   8]                 Base Address : 00000000B0000000
[62B4h 25268   2]         Segment Group Number : 0000
[62B6h 25270   1]             Start Bus Number : 00
[62B7h 25271   1]               End Bus Number : FF
[62B8h 25272   4]                     Reserved : 00000000

[62BCh 25276   8]                 Base Address : 00000000B0000000
[62C4h 25284   2]         Segment Group Number : 0000
[62C6h 25286   1]             Start Bus Number : 00
[62C7h 25287   1]               End Bus Number : FF
[62C8h 25288   4]                     Reserved : 00000000

[62CCh 25292   8]                 Base Address : 00000000B0000000
[62D4h 25300   2]         Segment Group Number : 0000
[62D6h 25302   1]             Start Bus Number : 00
[62D7h 25303   1]               End Bus Number : FF
[62D8h 25304   4]                     Reserved : 00000000

[62DCh 25308   8]                 Base Address : 00000000B0000000
[62E4h 25316   2]         Segment Group Number : 0000
[62E6h 25318   1]             Start Bus Number : 00
[62E7h 25319   1]               End Bus Number : FF
[62E8h 25320   4]                     Reserved : 00000000

[62ECh 25324   8]                 Base Address : 00000000B0000000
[62F4h 25332   2]         Segment Group Number : 0000
[62F6h 25334   1]             Start Bus Number : 00
[62F7h 25335   1]               End Bus Number : FF
[62F8h 25336   4]                     Reserved : 00000000

[62FCh 25340   8]                 Base Address : 00000000B0000000
[6304h 25348   2]         Segment Group Number : 0000
[6306h 25350   1]             Start Bus Number : 00
[6307h 25351   1]               End Bus Number : FF
[6308h 25352   4]                     Reserved : 00000000

[630Ch 25356   8]                 Base Address : 00000000B0000000
[6314h 25364   2]         Segment Group Number : 0000
[6316h 25366   1]             Start Bus Number : 00
[6317h 25367   1]               End Bus Number : FF
[6318h 25368   4]                     Reserved : 00000000

[631Ch 25372   8]                 Base Address : 00000000B0000000
[6324h 25380   2]         Segment Group Number : 0000
[6326h 25382   1]             Start Bus Number : 00
[6327h 25383   1]               End Bus Number : FF
[6328h 25384   4]                     Reserved : 00000000

[632Ch 25388   8]                 Base Address : 00000000B0000000
[6334h 25396   2]         Segment Group Number : 0000
[6336h 25398   1]             Start Bus Number : 00
[6337h 25399   1]               End Bus Number : FF
[6338h 25400   4]                     Reserved : 00000000

[633Ch 25404   8]                 Base Address : 00000000B0000000
[6344h 25412   2]         Segment Group Number : 0000
[6346h 25414   1]             Start Bus Number : 00
[6347h 25415   1]               End Bus Number : FF
[6348h 25416   4]                     Reserved : 00000000

[634Ch 25420   8]                 Base Address : 00000000B0000000
[6354h 25428   2]         Segment Group Number : 0000
[6356h 25430   1]             Start Bus Number : 00
[6357h 25431   1]               End Bus Number : FF
[6358h 25432   4]                     Reserved : 00000000

[635Ch 25436   8]                 Base Address : 00000000B0000000
[6364h 25444   2]         Segment Group Number : 0000
[6366h 25446   1]             Start Bus Number : 00
[6367h 25447   1]               End Bus Number : FF
[6368h 25448   4]                     Reserved : 00000000

[636Ch 25452   8]                 Base Address : 00000000B0000000
[6374h 25460   2]         Segment Group Number : 0000
[6376h 25462   1]             Start Bus Number : 00
[6377h 25463   1]               End Bus Number : FF
[6378h 25464   4]                     Reserved : 00000000

[637Ch 25468   8]                 Base Address : 00000000B0000000
[6384h 25476   2]         Segment Group Number : 0000
[6386h 25478   1]             Start Bus Number : 00
[6387h 25479   1]               End Bus Number : FF
[6388h 25480   4]                     Reserved : 00000000

[638Ch 25484   8]                 Base Address : 00000000B0000000
[6394h 25492   2]         Segment Group Number : 0000
[6396h 25494   1]             Start Bus Number : 00
[6397h 25495   1]               End Bus Number : FF
[6398h 25496   4]                     Reserved : 00000000

[639Ch 25500   8]                 Base Address : 00000000B0000000
[63A4h 25508   2]         Segment Group Number : 0000
[63A6h 25510   1]             Start Bus Number : 00
[63A7h 25511   1]               End Bus Number : FF
[63A8h 25512   4]                     Reserved : 00000000

[63ACh 25516   8]                 Base Address : 00000000B0000000
[63B4h 25524   2]         Segment Group Number : 0000
[63B6h 25526   1]             Start Bus Number : 00
[63B7h 25527   1]               End Bus Number : FF
[63B8h 25528   4]                     Reserved : 00000000

[63BCh 25532   8]                 Base Address : 00000000B0000000
[63C4h 25540   2]         Segment Group Number : 0000
[63C6h 25542   1]             Start Bus Number : 00
[63C7h 25543   1]               End Bus Number : FF
[63C8h 25544   4]                     Reserved : 00000000

[63CCh 25548   8]                 Base Address : 00000000B0000000
[63D4h 25556   2]         Segment Group Number : 0000
[63D6h 25558   1]             Start Bus Number : 00
[63D7h 25559   1]               End Bus Number : FF
[63D8h 25560   4]                     Reserved : 00000000

[63DCh 25564   8]                 Base Address : 00000000B0000000
[63E4h 25572   2]         Segment Group Number : 0000
[63E6h 25574   1]             Start Bus Number : 00
[63E7h 25575   1]               End Bus Number : FF
[63E8h 25576   4]                     Reserved : 00000000

[63ECh 25580   8]                 Base Address : 00000000B0000000
[63F4h 25588   2]         Segment Group Number : 0000
[63F6h 25590   1]             Start Bus Number : 00
[63F7h 25591   1]               End Bus Number : FF
[63F8h 25592   4]                     Reserved : 00000000

[63FCh 25596   8]                 Base Address : 00000000B0000000
[6404h 25604   2]         Segment Group Number : 0000
[6406h 25606   1]             Start Bus Number : 00
[6407h 25607   1]               End Bus Number : FF
[6408h 25608   4]                     Reserved : 00000000

[640Ch 25612   8]                 Base Address : 00000000B0000000
[6414h 25620   2]         Segment Group Number : 0000
[6416h 25622   1]             Start Bus Number : 00
[6417h 25623   1]               End Bus Number : FF
[6418h 25624   4]                     Reserved : 00000000

[641Ch 25628   8]                 Base Address : 00000000B0000000
[6424h 25636   2]         Segment Group Number : 0000
[6426h 25638   1]             Start Bus Number : 00
[6427h 25639   1]               End Bus Number : FF
[6428h 25640   4]                     Reserved : 00000000

[642Ch 25644   8]                 Base Address : 00000000B0000000
[6434h 25652   2]         Segment Group Number : 0000
[6436h 25654   1]             Start Bus Number : 00
[6437h 25655   1]               End Bus Number : FF
[6438h 25656   4]                     Reserved : 00000000

[643Ch 25660   8]                 Base Address : 00000000B0000000
[6444h 25668   2]         Segment Group Number : 0000
[6446h 25670   1]             Start Bus Number : 00
[6447h 25671   1]               End Bus Number : FF
[6448h 25672   4]                     Reserved : 00000000

[644Ch 25676   8]                 Base Address : 00000000B0000000
[6454h 25684   2]         Segment Group Number : 0000
[6456h 25686   1]             Start Bus Number : 00
[6457h 25687   1]               End Bus Number : FF
[6458h 25688   4]                     Reserved : 00000000

[645Ch 25692   8]                 Base Address : 00000000B0000000
[6464h 25700   2]         Segment Group Number : 0000
[6466h 25702   1]             Start Bus Number : 00
[6467h 25703   1]               End Bus Number : FF
[6468h 25704   4]                     Reserved : 00000000

[646Ch 25708   8]                 Base Address : 00000000B0000000
[6474h 25716   2]         Segment Group Number : 0000
[6476h 25718   1]             Start Bus Number : 00
[6477h 25719   1]               End Bus Number : FF
[6478h 25720   4]                     Reserved : 00000000

[647Ch 25724   8]                 Base Address : 00000000B0000000
[6484h 25732   2]         Segment Group Number : 0000
[6486h 25734   1]             Start Bus Number : 00
[6487h 25735   1]               End Bus Number : FF
[6488h 25736   4]                     Reserved : 00000000

[648Ch 25740   8]                 Base Address : 00000000B0000000
[6494h 25748   2]         Segment Group Number : 0000
[6496h 25750   1]             Start Bus Number : 00
[6497h 25751   1]               End Bus Number : FF
[6498h 25752   4]                     Reserved : 00000000

[649Ch 25756   8]                 Base Address : 00000000B0000000
[64A4h 25764   2]         Segment Group Number : 0000
[64A6h 25766   1]             Start Bus Number : 00
[64A7h 25767   1]               End Bus Number : FF
[64A8h 25768   4]                     Reserved : 00000000

[64ACh 25772   8]                 Base Address : 00000000B0000000
[64B4h 25780   2]         Segment Group Number : 0000
[64B6h 25782   1]             Start Bus Number : 00
[64B7h 25783   1]               End Bus Number : FF
[64B8h 25784   4]                     Reserved : 00000000

[64BCh 25788   8]                 Base Address : 00000000B0000000
[64C4h 25796   2]         Segment Group Number : 0000
[64C6h 25798   1]             Start Bus Number : 00
[64C7h 25799   1]               End Bus Number : FF
[64C8h 25800   4]                     Reserved : 00000000

[64CCh 25804   8]                 Base Address : 00000000B0000000
[64D4h 25812   2]         Segment Group Number : 0000
[64D6h 25814   1]             Start Bus Number : 00
[64D7h 25815   1]               End Bus Number : FF
[64D8h 25816   4]                     Reserved : 00000000

[64DCh 25820   8]                 Base Address : 00000000B0000000
[64E4h 25828   2]         Segment Group Number : 0000
[64E6h 25830   1]             Start Bus Number : 00
[64E7h 25831   1]               End Bus Number : FF
[64E8h 25832   4]                     Reserved : 00000000

[64ECh 25836   8]                 Base Address : 00000000B0000000
[64F4h 25844   2]         Segment Group Number : 0000
[64F6h 25846   1]             Start Bus Number : 00
[64F7h 25847   1]               End Bus Number : FF
[64F8h 25848   4]                     Reserved : 00000000

[64FCh 25852   8]                 Base Address : 00000000B0000000
[6504h 25860   2]         Segment Group Number : 0000
[6506h 25862   1]             Start Bus Number : 00
[6507h 25863   1]               End Bus Number : FF
[6508h 25864   4]                     Reserved : 00000000

[650Ch 25868   8]                 Base Address : 00000000B0000000
[6514h 25876   2]         Segment Group Number : 0000
[6516h 25878   1]             Start Bus Number : 00
[6517h 25879   1]               End Bus Number : FF
[6518h 25880   4]                     Reserved : 00000000

[651Ch 25884   8]                 Base Address : 00000000B0000000
[6524h 25892   2]         Segment Group Number : 0000
[6526h 25894   1]             Start Bus Number : 00
[6527h 25895   1]               End Bus Number : FF
[6528h 25896   4]                     Reserved : 00000000

[652Ch 25900   8]                 Base Address : 00000000B0000000
[6534h 25908   2]         Segment Group Number : 0000
[6536h 25910   1]             Start Bus Number : 00
[6537h 25911   1]               End Bus Number : FF
[6538h 25912   4]                     Reserved : 00000000

[653Ch 25916   8]                 Base Address : 00000000B0000000
[6544h 25924   2]         Segment Group Number : 0000
[6546h 25926   1]             Start Bus Number : 00
[6547h 25927   1]               End Bus Number : FF
[6548h 25928   4]                     Reserved : 00000000

[654Ch 25932   8]                 Base Address : 00000000B0000000
[6554h 25940   2]         Segment Group Number : 0000
[6556h 25942   1]             Start Bus Number : 00
[6557h 25943   1]               End Bus Number : FF
[6558h 25944   4]                     Reserved : 00000000

[655Ch 25948   8]                 Base Address : 00000000B0000000
[6564h 25956   2]         Segment Group Number : 0000
[6566h 25958   1]             Start Bus Number : 00
[6567h 25959   1]               End Bus Number : FF
[6568h 25960   4]                     Reserved : 00000000

[656Ch 25964   8]                 Base Address : 00000000B0000000
[6574h 25972   2]         Segment Group Number : 0000
[6576h 25974   1]             Start Bus Number : 00
[6577h 25975   1]               End Bus Number : FF
[6578h 25976   4]                     Reserved : 00000000

[657Ch 25980   8]                 Base Address : 00000000B0000000
[6584h 25988   2]         Segment Group Number : 0000
[6586h 25990   1]             Start Bus Number : 00
[6587h 25991   1]               End Bus Number : FF
[6588h 25992   4]                     Reserved : 00000000

[658Ch 25996   8]                 Base Address : 00000000B0000000
[6594h 26004   2]         Segment Group Number : 0000
[6596h 26006   1]             Start Bus Number : 00
[6597h 26007   1]               End Bus Number : FF
[6598h 26008   4]                     Reserved : 00000000

[659Ch 26012   8]                 Base Address : 00000000B0000000
[65A4h 26020   2]         Segment Group Number : 0000
[65A6h 26022   1]             Start Bus Number : 00
[65A7h 26023   1]               End Bus Number : FF
[65A8h 26024   4]                     Reserved : 00000000

[65ACh 26028   8]                 Base Address : 00000000B0000000
[65B4h 26036   2]         Segment Group Number : 0000
[65B6h 26038   1]             Start Bus Number : 00
[65B7h 26039   1]               End Bus Number : FF
[65B8h 26040   4]                     Reserved : 00000000

[65BCh 26044   8]                 Base Address : 00000000B0000000
[65C4h 26052   2]         Segment Group Number : 0000
[65C6h 26054   1]             Start Bus Number : 00
[65C7h 26055   1]               End Bus Number : FF
[65C8h 26056   4]                     Reserved : 00000000

[65CCh 26060   8]                 Base Address : 00000000B0000000
[65D4h 26068   2]         Segment Group Number : 0000
[65D6h 26070   1]             Start Bus Number : 00
[65D7h 26071   1]               End Bus Number : FF
[65D8h 26072   4]                     Reserved : 00000000

[65DCh 26076   8]                 Base Address : 00000000B0000000
[65E4h 26084   2]         Segment Group Number : 0000
[65E6h 26086   1]             Start Bus Number : 00
[65E7h 26087   1]               End Bus Number : FF
[65E8h 26088   4]                     Reserved : 00000000

[65ECh 26092   8]                 Base Address : 00000000B0000000
[65F4h 26100   2]         Segment Group Number : 0000
[65F6h 26102   1]             Start Bus Number : 00
[65F7h 26103   1]               End Bus Number : FF
[65F8h 26104   4]                     Reserved : 00000000

[65FCh 26108   8]                 Base Address : 00000000B0000000
[6604h 26116   2]         Segment Group Number : 0000
[6606h 26118   1]             Start Bus Number : 00
[6607h 26119   1]               End Bus Number : FF
[6608h 26120   4]                     Reserved : 00000000

[660Ch 26124   8]                 Base Address : 00000000B0000000
[6614h 26132   2]         Segment Group Number : 0000
[6616h 26134   1]             Start Bus Number : 00
[6617h 26135   1]               End Bus Number : FF
[6618h 26136   4]                     Reserved : 00000000

[661Ch 26140   8]                 Base Address : 00000000B0000000
[6624h 26148   2]         Segment Group Number : 0000
[6626h 26150   1]             Start Bus Number : 00
[6627h 26151   1]               End Bus Number : FF
[6628h 26152   4]                     Reserved : 00000000

[662Ch 26156   8]                 Base Address : 00000000B0000000
[6634h 26164   2]         Segment Group Number : 0000
[6636h 26166   1]             Start Bus Number : 00
[6637h 26167   1]               End Bus Number : FF
[6638h 26168   4]                     Reserved : 00000000

[663Ch 26172   8]                 Base Address : 00000000B0000000
[6644h 26180   2]         Segment Group Number : 0000
[6646h 26182   1]             Start Bus Number : 00
[6647h 26183   1]               End Bus Number : FF
[6648h 26184   4]                     Reserved : 00000000

[664Ch 26188   8]                 Base Address : 00000000B0000000
[6654h 26196   2]         Segment Group Number : 0000
[6656h 26198   1]             Start Bus Number : 00
[6657h 26199   1]               End Bus Number : FF
[6658h 26200   4]                     Reserved : 00000000

[665Ch 26204   8]                 Base Address : 00000000B0000000
[6664h 26212   2]         Segment Group Number : 0000
[6666h 26214   1]             Start Bus Number : 00
[6667h 26215   1]               End Bus Number : FF
[6668h 26216   4]                     Reserved : 00000000

[666Ch 26220   8]                 Base Address : 00000000B0000000
[6674h 26228   2]         Segment Group Number : 0000
[6676h 26230   1]             Start Bus Number : 00
[6677h 26231   1]               End Bus Number : FF
[6678h 26232   4]                     Reserved : 00000000

[667Ch 26236   8]                 Base Address : 00000000B0000000
[6684h 26244   2]         Segment Group Number : 0000
[6686h 26246   1]             Start Bus Number : 00
[6687h 26247   1]               End Bus Number : FF
[6688h 26248   4]                     Reserved : 00000000

[668Ch 26252   8]                 Base Address : 00000000B0000000
[6694h 26260   2]         Segment Group Number : 0000
[6696h 26262   1]             Start Bus Number : 00
[6697h 26263   1]               End Bus Number : FF
[6698h 26264   4]                     Reserved : 00000000

[669Ch 26268   8]                 Base Address : 00000000B0000000
[66A4h 26276   2]         Segment Group Number : 0000
[66A6h 26278   1]             Start Bus Number : 00
[66A7h 26279   1]               End Bus Number : FF
[66A8h 26280   4]                     Reserved : 00000000

[66ACh 26284   8]                 Base Address : 00000000B0000000
[66B4h 26292   2]         Segment Group Number : 0000
[66B6h 26294   1]             Start Bus Number : 00
[66B7h 26295   1]               End Bus Number : FF
[66B8h 26296   4]                     Reserved : 00000000

[66BCh 26300   8]                 Base Address : 00000000B0000000
[66C4h 26308   2]         Segment Group Number : 0000
[66C6h 26310   1]             Start Bus Number : 00
[66C7h 26311   1]               End Bus Number : FF
[66C8h 26312   4]                     Reserved : 00000000

[66CCh 26316   8]                 Base Address : 00000000B0000000
[66D4h 26324   2]         Segment Group Number : 0000
[66D6h 26326   1]             Start Bus Number : 00
[66D7h 26327   1]               End Bus Number : FF
[66D8h 26328   4]                     Reserved : 00000000

[66DCh 26332   8]                 Base Address : 00000000B0000000
[66E4h 26340   2]         Segment Group Number : 0000
[66E6h 26342   1]             Start Bus Number : 00
[66E7h 26343   1]               End Bus Number : FF
[66E8h 26344   4]                     Reserved : 00000000

[66ECh 26348   8]                 Base Address : 00000000B0000000
[66F4h 26356   2]         Segment Group Number : 0000
[66F6h 26358   1]             Start Bus Number : 00
[66F7h 26359   1]               End Bus Number : FF
[66F8h 26360   4]                     Reserved : 00000000

[66FCh 26364   8]                 Base Address : 00000000B0000000
[6704h 26372   2]         Segment Group Number : 0000
[6706h 26374   1]             Start Bus Number : 00
[6707h 26375   1]               End Bus Number : FF
[6708h 26376   4]                     Reserved : 00000000

[670Ch 26380   8]                 Base Address : 00000000B0000000
[6714h 26388   2]         Segment Group Number : 0000
[6716h 26390   1]             Start Bus Number : 00
[6717h 26391   1]               End Bus Number : FF
[6718h 26392   4]                     Reserved : 00000000

[671Ch 26396   8]                 Base Address : 00000000B0000000
[6724h 26404   2]         Segment Group Number : 0000
[6726h 26406   1]             Start Bus Number : 00
[6727h 26407   1]               End Bus Number : FF
[6728h 26408   4]                     Reserved : 00000000

[672Ch 26412   8]                 Base Address : 00000000B0000000
[6734h 26420   2]         Segment Group Number : 0000
[6736h 26422   1]             Start Bus Number : 00
[6737h 26423   1]               End Bus Number : FF
[6738h 26424   4]                     Reserved : 00000000

[673Ch 26428   8]                 Base Address : 00000000B0000000
[6744h 26436   2]         Segment Group Number : 0000
[6746h 26438   1]             Start Bus Number : 00
[6747h 26439   1]               End Bus Number : FF
[6748h 26440   4]                     Reserved : 00000000

[674Ch 26444   8]                 Base Address : 00000000B0000000
[6754h 26452   2]         Segment Group Number : 0000
[6756h 26454   1]             Start Bus Number : 00
[6757h 26455   1]               End Bus Number : FF
[6758h 26456   4]                     Reserved : 00000000

[675Ch 26460   8]                 Base Address : 00000000B0000000
[6764h 26468   2]         Segment Group Number : 0000
[6766h 26470   1]             Start Bus Number : 00
[6767h 26471   1]               End Bus Number : FF
[6768h 26472   4]                     Reserved : 00000000

[676Ch 26476   8]                 Base Address : 00000000B0000000
[6774h 26484   2]         Segment Group Number : 0000
[6776h 26486   1]             Start Bus Number : 00
[6777h 26487   1]               End Bus Number : FF
[6778h 26488   4]                     Reserved : 00000000

[677Ch 26492   8]                 Base Address : 00000000B0000000
[6784h 26500   2]         Segment Group Number : 0000
[6786h 26502   1]             Start Bus Number : 00
[6787h 26503   1]               End Bus Number : FF
[6788h 26504   4]                     Reserved : 00000000

[678Ch 26508   8]                 Base Address : 00000000B0000000
[6794h 26516   2]         Segment Group Number : 0000
[6796h 26518   1]             Start Bus Number : 00
[6797h 26519   1]               End Bus Number : FF
[6798h 26520   4]                     Reserved : 00000000

[679Ch 26524   8]                 Base Address : 00000000B0000000
[67A4h 26532   2]         Segment Group Number : 0000
[67A6h 26534   1]             Start Bus Number : 00
[67A7h 26535   1]               End Bus Number : FF
[67A8h 26536   4]                     Reserved : 00000000

[67ACh 26540   8]                 Base Address : 00000000B0000000
[67B4h 26548   2]         Segment Group Number : 0000
[67B6h 26550   1]             Start Bus Number : 00
[67B7h 26551   1]               End Bus Number : FF
[67B8h 26552   4]                     Reserved : 00000000

[67BCh 26556   8]                 Base Address : 00000000B0000000
[67C4h 26564   2]         Segment Group Number : 0000
[67C6h 26566   1]             Start Bus Number : 00
[67C7h 26567   1]               End Bus Number : FF
[67C8h 26568   4]                     Reserved : 00000000

[67CCh 26572   8]                 Base Address : 00000000B0000000
[67D4h 26580   2]         Segment Group Number : 0000
[67D6h 26582   1]             Start Bus Number : 00
[67D7h 26583   1]               End Bus Number : FF
[67D8h 26584   4]                     Reserved : 00000000

[67DCh 26588   8]                 Base Address : 00000000B0000000
[67E4h 26596   2]         Segment Group Number : 0000
[67E6h 26598   1]             Start Bus Number : 00
[67E7h 26599   1]               End Bus Number : FF
[67E8h 26600   4]                     Reserved : 00000000

[67ECh 26604   8]                 Base Address : 00000000B0000000
[67F4h 26612   2]         Segment Group Number : 0000
[67F6h 26614   1]             Start Bus Number : 00
[67F7h 26615   1]               End Bus Number : FF
[67F8h 26616   4]                     Reserved : 00000000

[67FCh 26620   8]                 Base Address : 00000000B0000000
[6804h 26628   2]         Segment Group Number : 0000
[6806h 26630   1]             Start Bus Number : 00
[6807h 26631   1]               End Bus Number : FF
[6808h 26632   4]                     Reserved : 00000000

[680Ch 26636   8]                 Base Address : 00000000B0000000
[6814h 26644   2]         Segment Group Number : 0000
[6816h 26646   1]             Start Bus Number : 00
[6817h 26647   1]               End Bus Number : FF
[6818h 26648   4]                     Reserved : 00000000

[681Ch 26652   8]                 Base Address : 00000000B0000000
[6824h 26660   2]         Segment Group Number : 0000
[6826h 26662   1]             Start Bus Number : 00
[6827h 26663   1]               End Bus Number : FF
[6828h 26664   4]                     Reserved : 00000000

[682Ch 26668   8]                 Base Address : 00000000B0000000
[6834h 26676   2]         Segment Group Number : 0000
[6836h 26678   1]             Start Bus Number : 00
[6837h 26679   1]               End Bus Number : FF
[6838h 26680   4]                     Reserved : 00000000

[683Ch 26684   8]                 Base Address : 00000000B0000000
[6844h 26692   2]         Segment Group Number : 0000
[6846h 26694   1]             Start Bus Number : 00
[6847h 26695   1]               End Bus Number : FF
[6848h 26696   4]                     Reserved : 00000000

[684Ch 26700   8]                 Base Address : 00000000B0000000
[6854h 26708   2]         Segment Group Number : 0000
[6856h 26710   1]             Start Bus Number : 00
[6857h 26711   1]               End Bus Number : FF
[6858h 26712   4]                     Reserved : 00000000

[685Ch 26716   8]                 Base Address : 00000000B0000000
[6864h 26724   2]         Segment Group Number : 0000
[6866h 26726   1]             Start Bus Number : 00
[6867h 26727   1]               End Bus Number : FF
[6868h 26728   4]                     Reserved : 00000000

[686Ch 26732   8]                 Base Address : 00000000B0000000
[6874h 26740   2]         Segment Group Number : 0000
[6876h 26742   1]             Start Bus Number : 00
[6877h 26743   1]               End Bus Number : FF
[6878h 26744   4]                     Reserved : 00000000

[687Ch 26748   8]                 Base Address : 00000000B0000000
[6884h 26756   2]         Segment Group Number : 0000
[6886h 26758   1]             Start Bus Number : 00
[6887h 26759   1]               End Bus Number : FF
[6888h 26760   4]                     Reserved : 00000000

[688Ch 26764   8]                 Base Address : 00000000B0000000
[6894h 26772   2]         Segment Group Number : 0000
[6896h 26774   1]             Start Bus Number : 00
[6897h 26775   1]               End Bus Number : FF
[6898h 26776   4]                     Reserved : 00000000

[689Ch 26780   8]                 Base Address : 00000000B0000000
[68A4h 26788   2]         Segment Group Number : 0000
[68A6h 26790   1]             Start Bus Number : 00
[68A7h 26791   1]               End Bus Number : FF
[68A8h 26792   4]                     Reserved : 00000000

[68ACh 26796   8]                 Base Address : 00000000B0000000
[68B4h 26804   2]         Segment Group Number : 0000
[68B6h 26806   1]             Start Bus Number : 00
[68B7h 26807   1]               End Bus Number : FF
[68B8h 26808   4]                     Reserved : 00000000

[68BCh 26812   8]                 Base Address : 00000000B0000000
[68C4h 26820   2]         Segment Group Number : 0000
[68C6h 26822   1]             Start Bus Number : 00
[68C7h 26823   1]               End Bus Number : FF
[68C8h 26824   4]                     Reserved : 00000000

[68CCh 26828   8]                 Base Address : 00000000B0000000
[68D4h 26836   2]         Segment Group Number : 0000
[68D6h 26838   1]             Start Bus Number : 00
[68D7h 26839   1]               End Bus Number : FF
[68D8h 26840   4]                     Reserved : 00000000

[68DCh 26844   8]                 Base Address : 00000000B0000000
[68E4h 26852   2]         Segment Group Number : 0000
[68E6h 26854   1]             Start Bus Number : 00
[68E7h 26855   1]               End Bus Number : FF
[68E8h 26856   4]                     Reserved : 00000000

[68ECh 26860   8]                 Base Address : 00000000B0000000
[68F4h 26868   2]         Segment Group Number : 0000
[68F6h 26870   1]             Start Bus Number : 00
[68F7h 26871   1]               End Bus Number : FF
[68F8h 26872   4]                     Reserved : 00000000

[68FCh 26876   8]                 Base Address : 00000000B0000000
[6904h 26884   2]         Segment Group Number : 0000
[6906h 26886   1]             Start Bus Number : 00
[6907h 26887   1]               End Bus Number : FF
[6908h 26888   4]                     Reserved : 00000000

[690Ch 26892   8]                 Base Address : 00000000B0000000
[6914h 26900   2]         Segment Group Number : 0000
[6916h 26902   1]             Start Bus Number : 00
[6917h 26903   1]               End Bus Number : FF
[6918h 26904   4]                     Reserved : 00000000

[691Ch 26908   8]                 Base Address : 00000000B0000000
[6924h 26916   2]         Segment Group Number : 0000
[6926h 26918   1]             Start Bus Number : 00
[6927h 26919   1]               End Bus Number : FF
[6928h 26920   4]                     Reserved : 00000000

[692Ch 26924   8]                 Base Address : 00000000B0000000
[6934h 26932   2]         Segment Group Number : 0000
[6936h 26934   1]             Start Bus Number : 00
[6937h 26935   1]               End Bus Number : FF
[6938h 26936   4]                     Reserved : 00000000

[693Ch 26940   8]                 Base Address : 00000000B0000000
[6944h 26948   2]         Segment Group Number : 0000
[6946h 26950   1]             Start Bus Number : 00
[6947h 26951   1]               End Bus Number : FF
[6948h 26952   4]                     Reserved : 00000000

[694Ch 26956   8]                 Base Address : 00000000B0000000
[6954h 26964   2]         Segment Group Number : 0000
[6956h 26966   1]             Start Bus Number : 00
[6957h 26967   1]               End Bus Number : FF
[6958h 26968   4]                     Reserved : 00000000

[695Ch 26972   8]                 Base Address : 00000000B0000000
[6964h 26980   2]         Segment Group Number : 0000
[6966h 26982   1]             Start Bus Number : 00
[6967h 26983   1]               End Bus Number : FF
[6968h 26984   4]                     Reserved : 00000000

[696Ch 26988   8]                 Base Address : 00000000B0000000
[6974h 26996   2]         Segment Group Number : 0000
[6976h 26998   1]             Start Bus Number : 00
[6977h 26999   1]               End Bus Number : FF
[6978h 27000   4]                     Reserved : 00000000

[697Ch 27004   8]                 Base Address : 00000000B0000000
[6984h 27012   2]         Segment Group Number : 0000
[6986h 27014   1]             Start Bus Number : 00
[6987h 27015   1]               End Bus Number : FF
[6988h 27016   4]                     Reserved : 00000000

[698Ch 27020   8]                 Base Address : 00000000B0000000
[6994h 27028   2]         Segment Group Number : 0000
[6996h 27030   1]             Start Bus Number : 00
[6997h 27031   1]               End Bus Number : FF
[6998h 27032   4]                     Reserved : 00000000

[699Ch 27036   8]                 Base Address : 00000000B0000000
[69A4h 27044   2]         Segment Group Number : 0000
[69A6h 27046   1]             Start Bus Number : 00
[69A7h 27047   1]               End Bus Number : FF
[69A8h 27048   4]                     Reserved : 00000000

[69ACh 27052   8]                 Base Address : 00000000B0000000
[69B4h 27060   2]         Segment Group Number : 0000
[69B6h 27062   1]             Start Bus Number : 00
[69B7h 27063   1]               End Bus Number : FF
[69B8h 27064   4]                     Reserved : 00000000

[69BCh 27068   8]                 Base Address : 00000000B0000000
[69C4h 27076   2]         Segment Group Number : 0000
[69C6h 27078   1]             Start Bus Number : 00
[69C7h 27079   1]               End Bus Number : FF
[69C8h 27080   4]                     Reserved : 00000000

[69CCh 27084   8]                 Base Address : 00000000B0000000
[69D4h 27092   2]         Segment Group Number : 0000
[69D6h 27094   1]             Start Bus Number : 00
[69D7h 27095   1]               End Bus Number : FF
[69D8h 27096   4]                     Reserved : 00000000

[69DCh 27100   8]                 Base Address : 00000000B0000000
[69E4h 27108   2]         Segment Group Number : 0000
[69E6h 27110   1]             Start Bus Number : 00
[69E7h 27111   1]               End Bus Number : FF
[69E8h 27112   4]                     Reserved : 00000000

[69ECh 27116   8]                 Base Address : 00000000B0000000
[69F4h 27124   2]         Segment Group Number : 0000
[69F6h 27126   1]             Start Bus Number : 00
[69F7h 27127   1]               End Bus Number : FF
[69F8h 27128   4]                     Reserved : 00000000

[69FCh 27132   8]                 Base Address : 00000000B0000000
[6A04h 27140   2]         Segment Group Number : 0000
[6A06h 27142   1]             Start Bus Number : 00
[6A07h 27143   1]               End Bus Number : FF
[6A08h 27144   4]                     Reserved : 00000000

[6A0Ch 27148   8]                 Base Address : 00000000B0000000
[6A14h 27156   2]         Segment Group Number : 0000
[6A16h 27158   1]             Start Bus Number : 00
[6A17h 27159   1]               End Bus Number : FF
[6A18h 27160   4]                     Reserved : 00000000

[6A1Ch 27164   8]                 Base Address : 00000000B0000000
[6A24h 27172   2]         Segment Group Number : 0000
[6A26h 27174   1]             Start Bus Number : 00
[6A27h 27175   1]               End Bus Number : FF
[6A28h 27176   4]                     Reserved : 00000000

[6A2Ch 27180   8]                 Base Address : 00000000B0000000
[6A34h 27188   2]         Segment Group Number : 0000
[6A36h 27190   1]             Start Bus Number : 00
[6A37h 27191   1]               End Bus Number : FF
[6A38h 27192   4]                     Reserved : 00000000

[6A3Ch 27196   8]                 Base Address : 00000000B0000000
[6A44h 27204   2]         Segment Group Number : 0000
[6A46h 27206   1]             Start Bus Number : 00
[6A47h 27207   1]               End Bus Number : FF
[6A48h 27208   4]                     Reserved : 00000000

[6A4Ch 27212   8]                 Base Address : 00000000B0000000
[6A54h 27220   2]         Segment Group Number : 0000
[6A56h 27222   1]             Start Bus Number : 00
[6A57h 27223   1]               End Bus Number : FF
[6A58h 27224   4]                     Reserved : 00000000

[6A5Ch 27228   8]                 Base Address : 00000000B0000000
[6A64h 27236   2]         Segment Group Number : 0000
[6A66h 27238   1]             Start Bus Number : 00
[6A67h 27239   1]               End Bus Number : FF
[6A68h 27240   4]                     Reserved : 00000000

[6A6Ch 27244   8]                 Base Address : 00000000B0000000
[6A74h 27252   2]         Segment Group Number : 0000
[6A76h 27254   1]             Start Bus Number : 00
[6A77h 27255   1]               End Bus Number : FF
[6A78h 27256   4]                     Reserved : 00000000

[6A7Ch 27260   8]                 Base Address : 00000000B0000000
[6A84h 27268   2]         Segment Group Number : 0000
[6A86h 27270   1]             Start Bus Number : 00
[6A87h 27271   1]               End Bus Number : FF
[6A88h 27272   4]                     Reserved : 00000000

[6A8Ch 27276   8]                 Base Address : 00000000B0000000
[6A94h 27284   2]         Segment Group Number : 0000
[6A96h 27286   1]             Start Bus Number : 00
[6A97h 27287   1]               End Bus Number : FF
[6A98h 27288   4]                     Reserved : 00000000

[6A9Ch 27292   8]                 Base Address : 00000000B0000000
[6AA4h 27300   2]         Segment Group Number : 0000
[6AA6h 27302   1]             Start Bus Number : 00
[6AA7h 27303   1]               End Bus Number : FF
[6AA8h 27304   4]                     Reserved : 00000000

[6AACh 27308   8]                 Base Address : 00000000B0000000
[6AB4h 27316   2]         Segment Group Number : 0000
[6AB6h 27318   1]             Start Bus Number : 00
[6AB7h 27319   1]               End Bus Number : FF
[6AB8h 27320   4]                     Reserved : 00000000

[6ABCh 27324   8]                 Base Address : 00000000B0000000
[6AC4h 27332   2]         Segment Group Number : 0000
[6AC6h 27334   1]             Start Bus Number : 00
[6AC7h 27335   1]               End Bus Number : FF
[6AC8h 27336   4]                     Reserved : 00000000

[6ACCh 27340   8]                 Base Address : 00000000B0000000
[6AD4h 27348   2]         Segment Group Number : 0000
[6AD6h 27350   1]             Start Bus Number : 00
[6AD7h 27351   1]               End Bus Number : FF
[6AD8h 27352   4]                     Reserved : 00000000

[6ADCh 27356   8]                 Base Address : 00000000B0000000
[6AE4h 27364   2]         Segment Group Number : 0000
[6AE6h 27366   1]             Start Bus Number : 00
[6AE7h 27367   1]               End Bus Number : FF
[6AE8h 27368   4]                     Reserved : 00000000

[6AECh 27372   8]                 Base Address : 00000000B0000000
[6AF4h 27380   2]         Segment Group Number : 0000
[6AF6h 27382   1]             Start Bus Number : 00
[6AF7h 27383   1]               End Bus Number : FF
[6AF8h 27384   4]                     Reserved : 00000000

[6AFCh 27388   8]                 Base Address : 00000000B0000000
[6B04h 27396   2]         Segment Group Number : 0000
[6B06h 27398   1]             Start Bus Number : 00
[6B07h 27399   1]               End Bus Number : FF
[6B08h 27400   4]                     Reserved : 00000000

[6B0Ch 27404   8]                 Base Address : 00000000B0000000
[6B14h 27412   2]         Segment Group Number : 0000
[6B16h 27414   1]             Start Bus Number : 00
[6B17h 27415   1]               End Bus Number : FF
[6B18h 27416   4]                     Reserved : 00000000

[6B1Ch 27420   8]                 Base Address : 00000000B0000000
[6B24h 27428   2]         Segment Group Number : 0000
[6B26h 27430   1]             Start Bus Number : 00
[6B27h 27431   1]               End Bus Number : FF
[6B28h 27432   4]                     Reserved : 00000000

[6B2Ch 27436   8]                 Base Address : 00000000B0000000
[6B34h 27444   2]         Segment Group Number : 0000
[6B36h 27446   1]             Start Bus Number : 00
[6B37h 27447   1]               End Bus Number : FF
[6B38h 27448   4]                     Reserved : 00000000

[6B3Ch 27452   8]                 Base Address : 00000000B0000000
[6B44h 27460   2]         Segment Group Number : 0000
[6B46h 27462   1]             Start Bus Number : 00
[6B47h 27463   1]               End Bus Number : FF
[6B48h 27464   4]                     Reserved : 00000000

[6B4Ch 27468   8]                 Base Address : 00000000B0000000
[6B54h 27476   2]         Segment Group Number : 0000
[6B56h 27478   1]             Start Bus Number : 00
[6B57h 27479   1]               End Bus Number : FF
[6B58h 27480   4]                     Reserved : 00000000

[6B5Ch 27484   8]                 Base Address : 00000000B0000000
[6B64h 27492   2]         Segment Group Number : 0000
[6B66h 27494   1]             Start Bus Number : 00
[6B67h 27495   1]               End Bus Number : FF
[6B68h 27496   4]                     Reserved : 00000000

[6B6Ch 27500   8]                 Base Address : 00000000B0000000
[6B74h 27508   2]         Segment Group Number : 0000
[6B76h 27510   1]             Start Bus Number : 00
[6B77h 27511   1]               End Bus Number : FF
[6B78h 27512   4]                     Reserved : 00000000

[6B7Ch 27516   8]                 Base Address : 00000000B0000000
[6B84h 27524   2]         Segment Group Number : 0000
[6B86h 27526   1]             Start Bus Number : 00
[6B87h 27527   1]               End Bus Number : FF
[6B88h 27528   4]                     Reserved : 00000000

[6B8Ch 27532   8]                 Base Address : 00000000B0000000
[6B94h 27540   2]         Segment Group Number : 0000
[6B96h 27542   1]             Start Bus Number : 00
[6B97h 27543   1]               End Bus Number : FF
[6B98h 27544   4]                     Reserved : 00000000

[6B9Ch 27548   8]                 Base Address : 00000000B0000000
[6BA4h 27556   2]         Segment Group Number : 0000
[6BA6h 27558   1]             Start Bus Number : 00
[6BA7h 27559   1]               End Bus Number : FF
[6BA8h 27560   4]                     Reserved : 00000000

[6BACh 27564   8]                 Base Address : 00000000B0000000
[6BB4h 27572   2]         Segment Group Number : 0000
[6BB6h 27574   1]             Start Bus Number : 00
[6BB7h 27575   1]               End Bus Number : FF
[6BB8h 27576   4]                     Reserved : 00000000

[6BBCh 27580   8]                 Base Address : 00000000B0000000
[6BC4h 27588   2]         Segment Group Number : 0000
[6BC6h 27590   1]             Start Bus Number : 00
[6BC7h 27591   1]               End Bus Number : FF
[6BC8h 27592   4]                     Reserved : 00000000

[6BCCh 27596   8]                 Base Address : 00000000B0000000
[6BD4h 27604   2]         Segment Group Number : 0000
[6BD6h 27606   1]             Start Bus Number : 00
[6BD7h 27607   1]               End Bus Number : FF
[6BD8h 27608   4]                     Reserved : 00000000

[6BDCh 27612   8]                 Base Address : 00000000B0000000
[6BE4h 27620   2]         Segment Group Number : 0000
[6BE6h 27622   1]             Start Bus Number : 00
[6BE7h 27623   1]               End Bus Number : FF
[6BE8h 27624   4]                     Reserved : 00000000

[6BECh 27628   8]                 Base Address : 00000000B0000000
[6BF4h 27636   2]         Segment Group Number : 0000
[6BF6h 27638   1]             Start Bus Number : 00
[6BF7h 27639   1]               End Bus Number : FF
[6BF8h 27640   4]                     Reserved : 00000000

[6BFCh 27644   8]                 Base Address : 00000000B0000000
[6C04h 27652   2]         Segment Group Number : 0000
[6C06h 27654   1]             Start Bus Number : 00
[6C07h 27655   1]               End Bus Number : FF
[6C08h 27656   4]                     Reserved : 00000000

[6C0Ch 27660   8]                 Base Address : 00000000B0000000
[6C14h 27668   2]         Segment Group Number : 0000
[6C16h 27670   1]             Start Bus Number : 00
[6C17h 27671   1]               End Bus Number : FF
[6C18h 27672   4]                     Reserved : 00000000

[6C1Ch 27676   8]                 Base Address : 00000000B0000000
[6C24h 27684   2]         Segment Group Number : 0000
[6C26h 27686   1]             Start Bus Number : 00
[6C27h 27687   1]               End Bus Number : FF
[6C28h 27688   4]                     Reserved : 00000000

[6C2Ch 27692   8]                 Base Address : 00000000B0000000
[6C34h 27700   2]         Segment Group Number : 0000
[6C36h 27702   1]             Start Bus Number : 00
[6C37h 27703   1]               End Bus Number : FF
[6C38h 27704   4]                     Reserved : 00000000

[6C3Ch 27708   8]                 Base Address : 00000000B0000000
[6C44h 27716   2]         Segment Group Number : 0000
[6C46h 27718   1]             Start Bus Number : 00
[6C47h 27719   1]               End Bus Number : FF
[6C48h 27720   4]                     Reserved : 00000000

[6C4Ch 27724   8]                 Base Address : 00000000B0000000
[6C54h 27732   2]         Segment Group Number : 0000
[6C56h 27734   1]             Start Bus Number : 00
[6C57h 27735   1]               End Bus Number : FF
[6C58h 27736   4]                     Reserved : 00000000

[6C5Ch 27740   8]                 Base Address : 00000000B0000000
[6C64h 27748   2]         Segment Group Number : 0000
[6C66h 27750   1]             Start Bus Number : 00
[6C67h 27751   1]               End Bus Number : FF
[6C68h 27752   4]                     Reserved : 00000000

[6C6Ch 27756   8]                 Base Address : 00000000B0000000
[6C74h 27764   2]         Segment Group Number : 0000
[6C76h 27766   1]             Start Bus Number : 00
[6C77h 27767   1]               End Bus Number : FF
[6C78h 27768   4]                     Reserved : 00000000

[6C7Ch 27772   8]                 Base Address : 00000000B0000000
[6C84h 27780   2]         Segment Group Number : 0000
[6C86h 27782   1]             Start Bus Number : 00
[6C87h 27783   1]               End Bus Number : FF
[6C88h 27784   4]                     Reserved : 00000000

[6C8Ch 27788   8]                 Base Address : 00000000B0000000
[6C94h 27796   2]         Segment Group Number : 0000
[6C96h 27798   1]             Start Bus Number : 00
[6C97h 27799   1]               End Bus Number : FF
[6C98h 27800   4]                     Reserved : 00000000

[6C9Ch 27804   8]                 Base Address : 00000000B0000000
[6CA4h 27812   2]         Segment Group Number : 0000
[6CA6h 27814   1]             Start Bus Number : 00
[6CA7h 27815   1]               End Bus Number : FF
[6CA8h 27816   4]                     Reserved : 00000000

[6CACh 27820   8]                 Base Address : 00000000B0000000
[6CB4h 27828   2]         Segment Group Number : 0000
[6CB6h 27830   1]             Start Bus Number : 00
[6CB7h 27831   1]               End Bus Number : FF
[6CB8h 27832   4]                     Reserved : 00000000

[6CBCh 27836   8]                 Base Address : 00000000B0000000
[6CC4h 27844   2]         Segment Group Number : 0000
[6CC6h 27846   1]             Start Bus Number : 00
[6CC7h 27847   1]               End Bus Number : FF
[6CC8h 27848   4]                     Reserved : 00000000

[6CCCh 27852   8]                 Base Address : 00000000B0000000
[6CD4h 27860   2]         Segment Group Number : 0000
[6CD6h 27862   1]             Start Bus Number : 00
[6CD7h 27863   1]               End Bus Number : FF
[6CD8h 27864   4]                     Reserved : 00000000

[6CDCh 27868   8]                 Base Address : 00000000B0000000
[6CE4h 27876   2]         Segment Group Number : 0000
[6CE6h 27878   1]             Start Bus Number : 00
[6CE7h 27879   1]               End Bus Number : FF
[6CE8h 27880   4]                     Reserved : 00000000

[6CECh 27884   8]                 Base Address : 00000000B0000000
[6CF4h 27892   2]         Segment Group Number : 0000
[6CF6h 27894   1]             Start Bus Number : 00
[6CF7h 27895   1]               End Bus Number : FF
[6CF8h 27896   4]                     Reserved : 00000000

[6CFCh 27900   8]                 Base Address : 00000000B0000000
[6D04h 27908   2]         Segment Group Number : 0000
[6D06h 27910   1]             Start Bus Number : 00
[6D07h 27911   1]               End Bus Number : FF
[6D08h 27912   4]                     Reserved : 00000000

[6D0Ch 27916   8]                 Base Address : 00000000B0000000
[6D14h 27924   2]         Segment Group Number : 0000
[6D16h 27926   1]             Start Bus Number : 00
[6D17h 27927   1]               End Bus Number : FF
[6D18h 27928   4]                     Reserved : 00000000

[6D1Ch 27932   8]                 Base Address : 00000000B0000000
[6D24h 27940   2]         Segment Group Number : 0000
[6D26h 27942   1]             Start Bus Number : 00
[6D27h 27943   1]               End Bus Number : FF
[6D28h 27944   4]                     Reserved : 00000000

[6D2Ch 27948   8]                 Base Address : 00000000B0000000
[6D34h 27956   2]         Segment Group Number : 0000
[6D36h 27958   1]             Start Bus Number : 00
[6D37h 27959   1]               End Bus Number : FF
[6D38h 27960   4]                     Reserved : 00000000

[6D3Ch 27964   8]                 Base Address : 00000000B0000000
[6D44h 27972   2]         Segment Group Number : 0000
[6D46h 27974   1]             Start Bus Number : 00
[6D47h 27975   1]               End Bus Number : FF
[6D48h 27976   4]                     Reserved : 00000000

[6D4Ch 27980   8]                 Base Address : 00000000B0000000
[6D54h 27988   2]         Segment Group Number : 0000
[6D56h 27990   1]             Start Bus Number : 00
[6D57h 27991   1]               End Bus Number : FF
[6D58h 27992   4]                     Reserved : 00000000

[6D5Ch 27996   8]                 Base Address : 00000000B0000000
[6D64h 28004   2]         Segment Group Number : 0000
[6D66h 28006   1]             Start Bus Number : 00
[6D67h 28007   1]               End Bus Number : FF
[6D68h 28008   4]                     Reserved : 00000000

[6D6Ch 28012   8]                 Base Address : 00000000B0000000
[6D74h 28020   2]         Segment Group Number : 0000
[6D76h 28022   1]             Start Bus Number : 00
[6D77h 28023   1]               End Bus Number : FF
[6D78h 28024   4]                     Reserved : 00000000

[6D7Ch 28028   8]                 Base Address : 00000000B0000000
[6D84h 28036   2]         Segment Group Number : 0000
[6D86h 28038   1]             Start Bus Number : 00
[6D87h 28039   1]               End Bus Number : FF
[6D88h 28040   4]                     Reserved : 00000000

[6D8Ch 28044   8]                 Base Address : 00000000B0000000
[6D94h 28052   2]         Segment Group Number : 0000
[6D96h 28054   1]             Start Bus Number : 00
[6D97h 28055   1]               End Bus Number : FF
[6D98h 28056   4]                     Reserved : 00000000

[6D9Ch 28060   8]                 Base Address : 00000000B0000000
[6DA4h 28068   2]         Segment Group Number : 0000
[6DA6h 28070   1]             Start Bus Number : 00
[6DA7h 28071   1]               End Bus Number : FF
[6DA8h 28072   4]                     Reserved : 00000000

[6DACh 28076   8]                 Base Address : 00000000B0000000
[6DB4h 28084   2]         Segment Group Number : 0000
[6DB6h 28086   1]             Start Bus Number : 00
[6DB7h 28087   1]               End Bus Number : FF
[6DB8h 28088   4]                     Reserved : 00000000

[6DBCh 28092   8]                 Base Address : 00000000B0000000
[6DC4h 28100   2]         Segment Group Number : 0000
[6DC6h 28102   1]             Start Bus Number : 00
[6DC7h 28103   1]               End Bus Number : FF
[6DC8h 28104   4]                     Reserved : 00000000

[6DCCh 28108   8]                 Base Address : 00000000B0000000
[6DD4h 28116   2]         Segment Group Number : 0000
[6DD6h 28118   1]             Start Bus Number : 00
[6DD7h 28119   1]               End Bus Number : FF
[6DD8h 28120   4]                     Reserved : 00000000

[6DDCh 28124   8]                 Base Address : 00000000B0000000
[6DE4h 28132   2]         Segment Group Number : 0000
[6DE6h 28134   1]             Start Bus Number : 00
[6DE7h 28135   1]               End Bus Number : FF
[6DE8h 28136   4]                     Reserved : 00000000

[6DECh 28140   8]                 Base Address : 00000000B0000000
[6DF4h 28148   2]         Segment Group Number : 0000
[6DF6h 28150   1]             Start Bus Number : 00
[6DF7h 28151   1]               End Bus Number : FF
[6DF8h 28152   4]                     Reserved : 00000000

[6DFCh 28156   8]                 Base Address : 00000000B0000000
[6E04h 28164   2]         Segment Group Number : 0000
[6E06h 28166   1]             Start Bus Number : 00
[6E07h 28167   1]               End Bus Number : FF
[6E08h 28168   4]                     Reserved : 00000000

[6E0Ch 28172   8]                 Base Address : 00000000B0000000
[6E14h 28180   2]         Segment Group Number : 0000
[6E16h 28182   1]             Start Bus Number : 00
[6E17h 28183   1]               End Bus Number : FF
[6E18h 28184   4]                     Reserved : 00000000

[6E1Ch 28188   8]                 Base Address : 00000000B0000000
[6E24h 28196   2]         Segment Group Number : 0000
[6E26h 28198   1]             Start Bus Number : 00
[6E27h 28199   1]               End Bus Number : FF
[6E28h 28200   4]                     Reserved : 00000000

[6E2Ch 28204   8]                 Base Address : 00000000B0000000
[6E34h 28212   2]         Segment Group Number : 0000
[6E36h 28214   1]             Start Bus Number : 00
[6E37h 28215   1]               End Bus Number : FF
[6E38h 28216   4]                     Reserved : 00000000

[6E3Ch 28220   8]                 Base Address : 00000000B0000000
[6E44h 28228   2]         Segment Group Number : 0000
[6E46h 28230   1]             Start Bus Number : 00
[6E47h 28231   1]               End Bus Number : FF
[6E48h 28232   4]                     Reserved : 00000000

[6E4Ch 28236   8]                 Base Address : 00000000B0000000
[6E54h 28244   2]         Segment Group Number : 0000
[6E56h 28246   1]             Start Bus Number : 00
[6E57h 28247   1]               End Bus Number : FF
[6E58h 28248   4]                     Reserved : 00000000

[6E5Ch 28252   8]                 Base Address : 00000000B0000000
[6E64h 28260   2]         Segment Group Number : 0000
[6E66h 28262   1]             Start Bus Number : 00
[6E67h 28263   1]               End Bus Number : FF
[6E68h 28264   4]                     Reserved : 00000000

[6E6Ch 28268   8]                 Base Address : 00000000B0000000
[6E74h 28276   2]         Segment Group Number : 0000
[6E76h 28278   1]             Start Bus Number : 00
[6E77h 28279   1]               End Bus Number : FF
[6E78h 28280   4]                     Reserved : 00000000

[6E7Ch 28284   8]                 Base Address : 00000000B0000000
[6E84h 28292   2]         Segment Group Number : 0000
[6E86h 28294   1]             Start Bus Number : 00
[6E87h 28295   1]               End Bus Number : FF
[6E88h 28296   4]                     Reserved : 00000000

[6E8Ch 28300   8]                 Base Address : 00000000B0000000
[6E94h 28308   2]         Segment Group Number : 0000
[6E96h 28310   1]             Start Bus Number : 00
[6E97h 28311   1]               End Bus Number : FF
[6E98h 28312   4]                     Reserved : 00000000

[6E9Ch 28316   8]                 Base Address : 00000000B0000000
[6EA4h 28324   2]         Segment Group Number : 0000
[6EA6h 28326   1]             Start Bus Number : 00
[6EA7h 28327   1]               End Bus Number : FF
[6EA8h 28328   4]                     Reserved : 00000000

[6EACh 28332   8]                 Base Address : 00000000B0000000
[6EB4h 28340   2]         Segment Group Number : 0000
[6EB6h 28342   1]             Start Bus Number : 00
[6EB7h 28343   1]               End Bus Number : FF
[6EB8h 28344   4]                     Reserved : 00000000

[6EBCh 28348   8]                 Base Address : 00000000B0000000
[6EC4h 28356   2]         Segment Group Number : 0000
[6EC6h 28358   1]             Start Bus Number : 00
[6EC7h 28359   1]               End Bus Number : FF
[6EC8h 28360   4]                     Reserved : 00000000

[6ECCh 28364   8]                 Base Address : 00000000B0000000
[6ED4h 28372   2]         Segment Group Number : 0000
[6ED6h 28374   1]             Start Bus Number : 00
[6ED7h 28375   1]               End Bus Number : FF
[6ED8h 28376   4]                     Reserved : 00000000

[6EDCh 28380   8]                 Base Address : 00000000B0000000
[6EE4h 28388   2]         Segment Group Number : 0000
[6EE6h 28390   1]             Start Bus Number : 00
[6EE7h 28391   1]               End Bus Number : FF
[6EE8h 28392   4]                     Reserved : 00000000

[6EECh 28396   8]                 Base Address : 00000000B0000000
[6EF4h 28404   2]         Segment Group Number : 0000
[6EF6h 28406   1]             Start Bus Number : 00
[6EF7h 28407   1]               End Bus Number : FF
[6EF8h 28408   4]                     Reserved : 00000000

[6EFCh 28412   8]                 Base Address : 00000000B0000000
[6F04h 28420   2]         Segment Group Number : 0000
[6F06h 28422   1]             Start Bus Number : 00
[6F07h 28423   1]               End Bus Number : FF
[6F08h 28424   4]                     Reserved : 00000000

[6F0Ch 28428   8]                 Base Address : 00000000B0000000
[6F14h 28436   2]         Segment Group Number : 0000
[6F16h 28438   1]             Start Bus Number : 00
[6F17h 28439   1]               End Bus Number : FF
[6F18h 28440   4]                     Reserved : 00000000

[6F1Ch 28444   8]                 Base Address : 00000000B0000000
[6F24h 28452   2]         Segment Group Number : 0000
[6F26h 28454   1]             Start Bus Number : 00
[6F27h 28455   1]               End Bus Number : FF
[6F28h 28456   4]                     Reserved : 00000000

[6F2Ch 28460   8]                 Base Address : 00000000B0000000
[6F34h 28468   2]         Segment Group Number : 0000
[6F36h 28470   1]             Start Bus Number : 00
[6F37h 28471   1]               End Bus Number : FF
[6F38h 28472   4]                     Reserved : 00000000

[6F3Ch 28476   8]                 Base Address : 00000000B0000000
[6F44h 28484   2]         Segment Group Number : 0000
[6F46h 28486   1]             Start Bus Number : 00
[6F47h 28487   1]               End Bus Number : FF
[6F48h 28488   4]                     Reserved : 00000000

[6F4Ch 28492   8]                 Base Address : 00000000B0000000
[6F54h 28500   2]         Segment Group Number : 0000
[6F56h 28502   1]             Start Bus Number : 00
[6F57h 28503   1]               End Bus Number : FF
[6F58h 28504   4]                     Reserved : 00000000

[6F5Ch 28508   8]                 Base Address : 00000000B0000000
[6F64h 28516   2]         Segment Group Number : 0000
[6F66h 28518   1]             Start Bus Number : 00
[6F67h 28519   1]               End Bus Number : FF
[6F68h 28520   4]                     Reserved : 00000000

[6F6Ch 28524   8]                 Base Address : 00000000B0000000
[6F74h 28532   2]         Segment Group Number : 0000
[6F76h 28534   1]             Start Bus Number : 00
[6F77h 28535   1]               End Bus Number : FF
[6F78h 28536   4]                     Reserved : 00000000

[6F7Ch 28540   8]                 Base Address : 00000000B0000000
[6F84h 28548   2]         Segment Group Number : 0000
[6F86h 28550   1]             Start Bus Number : 00
[6F87h 28551   1]               End Bus Number : FF
[6F88h 28552   4]                     Reserved : 00000000

[6F8Ch 28556   8]                 Base Address : 00000000B0000000
[6F94h 28564   2]         Segment Group Number : 0000
[6F96h 28566   1]             Start Bus Number : 00
[6F97h 28567   1]               End Bus Number : FF
[6F98h 28568   4]                     Reserved : 00000000

[6F9Ch 28572   8]                 Base Address : 00000000B0000000
[6FA4h 28580   2]         Segment Group Number : 0000
[6FA6h 28582   1]             Start Bus Number : 00
[6FA7h 28583   1]               End Bus Number : FF
[6FA8h 28584   4]                     Reserved : 00000000

[6FACh 28588   8]                 Base Address : 00000000B0000000
[6FB4h 28596   2]         Segment Group Number : 0000
[6FB6h 28598   1]             Start Bus Number : 00
[6FB7h 28599   1]               End Bus Number : FF
[6FB8h 28600   4]                     Reserved : 00000000

[6FBCh 28604   8]                 Base Address : 00000000B0000000
[6FC4h 28612   2]         Segment Group Number : 0000
[6FC6h 28614   1]             Start Bus Number : 00
[6FC7h 28615   1]               End Bus Number : FF
[6FC8h 28616   4]                     Reserved : 00000000

[6FCCh 28620   8]                 Base Address : 00000000B0000000
[6FD4h 28628   2]         Segment Group Number : 0000
[6FD6h 28630   1]             Start Bus Number : 00
[6FD7h 28631   1]               End Bus Number : FF
[6FD8h 28632   4]                     Reserved : 00000000

[6FDCh 28636   8]                 Base Address : 00000000B0000000
[6FE4h 28644   2]         Segment Group Number : 0000
[6FE6h 28646   1]             Start Bus Number : 00
[6FE7h 28647   1]               End Bus Number : FF
[6FE8h 28648   4]                     Reserved : 00000000

[6FECh 28652   8]                 Base Address : 00000000B0000000
[6FF4h 28660   2]         Segment Group Number : 0000
[6FF6h 28662   1]             Start Bus Number : 00
[6FF7h 28663   1]               End Bus Number : FF
[6FF8h 28664   4]                     Reserved : 00000000

Raw Table Data: Length 28668 (0x6FFC)

    0000: 4D 43 46 47 FC 6F 00 00 01 19 42 4F 43 48 53 20  // MCFG.o....BOCHS 
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 B0  // ................
    0030: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0040: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0050: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0060: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0070: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0080: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0090: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    00A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    00B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    00C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    00D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    00E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    00F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0100: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0110: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0120: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0130: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0140: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0150: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0160: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0170: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0180: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0190: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    01A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    01B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    01C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    01D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    01E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    01F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0200: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0210: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0220: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0230: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0240: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0250: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0260: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0270: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0280: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0290: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    02A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    02B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    02C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    02D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    02E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    02F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0300: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0310: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0320: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0330: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0340: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0350: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0360: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0370: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0380: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0390: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    03A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    03B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    03C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    03D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    03E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    03F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0400: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0410: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0420: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0430: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0440: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0450: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0460: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0470: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0480: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0490: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    04A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    04B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    04C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    04D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    04E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    04F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0500: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0510: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0520: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0530: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0540: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0550: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0560: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0570: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0580: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0590: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    05A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    05B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    05C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    05D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    05E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    05F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0600: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0610: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0620: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0630: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0640: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0650: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0660: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0670: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0680: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0690: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    06A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    06B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    06C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    06D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    06E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    06F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0700: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0710: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0720: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0730: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0740: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0750: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0760: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0770: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0780: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0790: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    07A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    07B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    07C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    07D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    07E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    07F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0800: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0810: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0820: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0830: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0840: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0850: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0860: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0870: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0880: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0890: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    08A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    08B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    08C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    08D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    08E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    08F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0900: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0910: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0920: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0930: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0940: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0950: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0960: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0970: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0980: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0990: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    09A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    09B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    09C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    09D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    09E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    09F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0A00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0A10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0A20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0A30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0A40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0A50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0A60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0A70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0A80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0A90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0AA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0AB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0AC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0AD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0AE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0AF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0B00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0B10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0B20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0B30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0B40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0B50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0B60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0B70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0B80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0B90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0BA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0BB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0BC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0BD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0BE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0BF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0C00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0C10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0C20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0C30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0C40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0C50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0C60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0C70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0C80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0C90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0CA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0CB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0CC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0CD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0CE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0CF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0D00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0D10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0D20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0D30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0D40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0D50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0D60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0D70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0D80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0D90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0DA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0DB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0DC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0DD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0DE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0DF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0E00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0E10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0E20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0E30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0E40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0E50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0E60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0E70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0E80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0E90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0EA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0EB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0EC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0ED0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0EE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0EF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0F00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0F10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0F20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0F30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0F40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0F50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0F60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0F70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0F80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0F90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0FA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0FB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0FC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0FD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0FE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    0FF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1000: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1010: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1020: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1030: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1040: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1050: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1060: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1070: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1080: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1090: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    10A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    10B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    10C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    10D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    10E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    10F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1100: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1110: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1120: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1130: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1140: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1150: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1160: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1170: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1180: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1190: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    11A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    11B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    11C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    11D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    11E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    11F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1200: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1210: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1220: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1230: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1240: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1250: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1260: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1270: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1280: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1290: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    12A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    12B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    12C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    12D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    12E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    12F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1300: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1310: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1320: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1330: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1340: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1350: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1360: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1370: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1380: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1390: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    13A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    13B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    13C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    13D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    13E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    13F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1400: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1410: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1420: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1430: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1440: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1450: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1460: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1470: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1480: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1490: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    14A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    14B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    14C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    14D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    14E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    14F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1500: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1510: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1520: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1530: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1540: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1550: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1560: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1570: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1580: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1590: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    15A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    15B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    15C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    15D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    15E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    15F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1600: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1610: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1620: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1630: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1640: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1650: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1660: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1670: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1680: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1690: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    16A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    16B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    16C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    16D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    16E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    16F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1700: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1710: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1720: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1730: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1740: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1750: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1760: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1770: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1780: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1790: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    17A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    17B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    17C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    17D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    17E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    17F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1800: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1810: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1820: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1830: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1840: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1850: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1860: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1870: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1880: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1890: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    18A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    18B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    18C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    18D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    18E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    18F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1900: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1910: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1920: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1930: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1940: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1950: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1960: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1970: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1980: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1990: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    19A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    19B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    19C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    19D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    19E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    19F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1A00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1A10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1A20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1A30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1A40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1A50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1A60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1A70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1A80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1A90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1AA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1AB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1AC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1AD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1AE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1AF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1B00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1B10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1B20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1B30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1B40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1B50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1B60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1B70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1B80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1B90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1BA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1BB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1BC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1BD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1BE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1BF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1C00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1C10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1C20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1C30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1C40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1C50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1C60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1C70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1C80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1C90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1CA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1CB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1CC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1CD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1CE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1CF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1D00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1D10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1D20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1D30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1D40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1D50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1D60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1D70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1D80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1D90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1DA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1DB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1DC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1DD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1DE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1DF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1E00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1E10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1E20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1E30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1E40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1E50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1E60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1E70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1E80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1E90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1EA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1EB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1EC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1ED0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1EE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1EF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1F00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1F10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1F20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1F30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1F40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1F50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1F60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1F70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1F80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1F90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1FA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1FB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1FC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1FD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1FE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    1FF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2000: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2010: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2020: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2030: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2040: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2050: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2060: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2070: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2080: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2090: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    20A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    20B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    20C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    20D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    20E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    20F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2100: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2110: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2120: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2130: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2140: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2150: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2160: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2170: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2180: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2190: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    21A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    21B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    21C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    21D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    21E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    21F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2200: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2210: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2220: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2230: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2240: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2250: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2260: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2270: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2280: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2290: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    22A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    22B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    22C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    22D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    22E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    22F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2300: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2310: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2320: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2330: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2340: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2350: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2360: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2370: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2380: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2390: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    23A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    23B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    23C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    23D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    23E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    23F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2400: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2410: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2420: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2430: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2440: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2450: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2460: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2470: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2480: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2490: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    24A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    24B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    24C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    24D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    24E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    24F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2500: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2510: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2520: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2530: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2540: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2550: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2560: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2570: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2580: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2590: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    25A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    25B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    25C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    25D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    25E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    25F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2600: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2610: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2620: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2630: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2640: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2650: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2660: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2670: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2680: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2690: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    26A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    26B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    26C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    26D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    26E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    26F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2700: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2710: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2720: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2730: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2740: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2750: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2760: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2770: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2780: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2790: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    27A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    27B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    27C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    27D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    27E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    27F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2800: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2810: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2820: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2830: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2840: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2850: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2860: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2870: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2880: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2890: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    28A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    28B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    28C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    28D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    28E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    28F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2900: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2910: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2920: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2930: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2940: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2950: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2960: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2970: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2980: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2990: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    29A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    29B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    29C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    29D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    29E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    29F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2A00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2A10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2A20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2A30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2A40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2A50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2A60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2A70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2A80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2A90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2AA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2AB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2AC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2AD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2AE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2AF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2B00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2B10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2B20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2B30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2B40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2B50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2B60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2B70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2B80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2B90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2BA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2BB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2BC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2BD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2BE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2BF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2C00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2C10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2C20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2C30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2C40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2C50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2C60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2C70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2C80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2C90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2CA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2CB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2CC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2CD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2CE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2CF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2D00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2D10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2D20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2D30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2D40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2D50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2D60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2D70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2D80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2D90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2DA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2DB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2DC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2DD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2DE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2DF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2E00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2E10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2E20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2E30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2E40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2E50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2E60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2E70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2E80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2E90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2EA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2EB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2EC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2ED0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2EE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2EF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2F00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2F10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2F20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2F30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2F40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2F50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2F60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2F70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2F80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2F90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2FA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2FB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2FC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2FD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2FE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    2FF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3000: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3010: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3020: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3030: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3040: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3050: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3060: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3070: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3080: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3090: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    30A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    30B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    30C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    30D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    30E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    30F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3100: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3110: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3120: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3130: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3140: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3150: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3160: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3170: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3180: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3190: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    31A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    31B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    31C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    31D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    31E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    31F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3200: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3210: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3220: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3230: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3240: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3250: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3260: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3270: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3280: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3290: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    32A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    32B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    32C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    32D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    32E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    32F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3300: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3310: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3320: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3330: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3340: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3350: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3360: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3370: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3380: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3390: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    33A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    33B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    33C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    33D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    33E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    33F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3400: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3410: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3420: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3430: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3440: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3450: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3460: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3470: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3480: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3490: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    34A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    34B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    34C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    34D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    34E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    34F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3500: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3510: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3520: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3530: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3540: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3550: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3560: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3570: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3580: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3590: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    35A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    35B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    35C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    35D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    35E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    35F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3600: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3610: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3620: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3630: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3640: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3650: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3660: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3670: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3680: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3690: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    36A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    36B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    36C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    36D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    36E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    36F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3700: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3710: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3720: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3730: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3740: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3750: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3760: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3770: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3780: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3790: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    37A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    37B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    37C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    37D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    37E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    37F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3800: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3810: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3820: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3830: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3840: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3850: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3860: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3870: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3880: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3890: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    38A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    38B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    38C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    38D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    38E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    38F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3900: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3910: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3920: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3930: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3940: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3950: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3960: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3970: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3980: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3990: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    39A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    39B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    39C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    39D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    39E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    39F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3A00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3A10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3A20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3A30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3A40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3A50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3A60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3A70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3A80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3A90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3AA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3AB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3AC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3AD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3AE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3AF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3B00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3B10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3B20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3B30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3B40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3B50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3B60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3B70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3B80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3B90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3BA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3BB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3BC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3BD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3BE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3BF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3C00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3C10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3C20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3C30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3C40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3C50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3C60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3C70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3C80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3C90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3CA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3CB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3CC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3CD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3CE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3CF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3D00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3D10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3D20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3D30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3D40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3D50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3D60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3D70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3D80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3D90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3DA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3DB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3DC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3DD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3DE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3DF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3E00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3E10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3E20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3E30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3E40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3E50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3E60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3E70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3E80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3E90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3EA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3EB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3EC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3ED0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3EE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3EF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3F00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3F10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3F20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3F30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3F40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3F50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3F60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3F70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3F80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3F90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3FA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3FB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3FC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3FD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3FE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    3FF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4000: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4010: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4020: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4030: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4040: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4050: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4060: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4070: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4080: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4090: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    40A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    40B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    40C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    40D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    40E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    40F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4100: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4110: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4120: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4130: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4140: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4150: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4160: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4170: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4180: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4190: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    41A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    41B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    41C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    41D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    41E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    41F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4200: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4210: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4220: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4230: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4240: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4250: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4260: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4270: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4280: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4290: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    42A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    42B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    42C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    42D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    42E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    42F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4300: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4310: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4320: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4330: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4340: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4350: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4360: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4370: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4380: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4390: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    43A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    43B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    43C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    43D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    43E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    43F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4400: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4410: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4420: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4430: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4440: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4450: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4460: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4470: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4480: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4490: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    44A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    44B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    44C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    44D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    44E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    44F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4500: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4510: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4520: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4530: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4540: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4550: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4560: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4570: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4580: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4590: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    45A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    45B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    45C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    45D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    45E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    45F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4600: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4610: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4620: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4630: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4640: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4650: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4660: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4670: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4680: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4690: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    46A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    46B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    46C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    46D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    46E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    46F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4700: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4710: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4720: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4730: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4740: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4750: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4760: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4770: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4780: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4790: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    47A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    47B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    47C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    47D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    47E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    47F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4800: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4810: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4820: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4830: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4840: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4850: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4860: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4870: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4880: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4890: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    48A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    48B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    48C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    48D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    48E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    48F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4900: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4910: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4920: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4930: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4940: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4950: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4960: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4970: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4980: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4990: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    49A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    49B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    49C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    49D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    49E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    49F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4A00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4A10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4A20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4A30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4A40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4A50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4A60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4A70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4A80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4A90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4AA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4AB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4AC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4AD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4AE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4AF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4B00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4B10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4B20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4B30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4B40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4B50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4B60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4B70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4B80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4B90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4BA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4BB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4BC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4BD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4BE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4BF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4C00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4C10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4C20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4C30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4C40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4C50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4C60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4C70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4C80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4C90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4CA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4CB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4CC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4CD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4CE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4CF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4D00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4D10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4D20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4D30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4D40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4D50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4D60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4D70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4D80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4D90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4DA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4DB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4DC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4DD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4DE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4DF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4E00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4E10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4E20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4E30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4E40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4E50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4E60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4E70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4E80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4E90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4EA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4EB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4EC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4ED0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4EE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4EF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4F00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4F10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4F20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4F30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4F40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4F50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4F60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4F70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4F80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4F90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4FA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4FB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4FC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4FD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4FE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    4FF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5000: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5010: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5020: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5030: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5040: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5050: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5060: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5070: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5080: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5090: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    50A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    50B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    50C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    50D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    50E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    50F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5100: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5110: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5120: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5130: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5140: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5150: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5160: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5170: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5180: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5190: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    51A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    51B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    51C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    51D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    51E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    51F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5200: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5210: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5220: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5230: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5240: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5250: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5260: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5270: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5280: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5290: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    52A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    52B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    52C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    52D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    52E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    52F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5300: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5310: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5320: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5330: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5340: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5350: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5360: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5370: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5380: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5390: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    53A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    53B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    53C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    53D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    53E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    53F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5400: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5410: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5420: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5430: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5440: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5450: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5460: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5470: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5480: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5490: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    54A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    54B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    54C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    54D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    54E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    54F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5500: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5510: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5520: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5530: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5540: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5550: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5560: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5570: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5580: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5590: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    55A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    55B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    55C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    55D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    55E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    55F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5600: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5610: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5620: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5630: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5640: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5650: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5660: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5670: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5680: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5690: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    56A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    56B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    56C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    56D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    56E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    56F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5700: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5710: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5720: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5730: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5740: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5750: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5760: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5770: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5780: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5790: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    57A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    57B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    57C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    57D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    57E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    57F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5800: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5810: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5820: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5830: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5840: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5850: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5860: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5870: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5880: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5890: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    58A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    58B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    58C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    58D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    58E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    58F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5900: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5910: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5920: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5930: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5940: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5950: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5960: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5970: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5980: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5990: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    59A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    59B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    59C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    59D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    59E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    59F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5A00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5A10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5A20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5A30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5A40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5A50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5A60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5A70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5A80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5A90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5AA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5AB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5AC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5AD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5AE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5AF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5B00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5B10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5B20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5B30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5B40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5B50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5B60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5B70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5B80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5B90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5BA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5BB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5BC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5BD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5BE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5BF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5C00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5C10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5C20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5C30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5C40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5C50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5C60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5C70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5C80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5C90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5CA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5CB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5CC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5CD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5CE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5CF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5D00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5D10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5D20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5D30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5D40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5D50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5D60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5D70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5D80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5D90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5DA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5DB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5DC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5DD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5DE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5DF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5E00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5E10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5E20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5E30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5E40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5E50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5E60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5E70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5E80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5E90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5EA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5EB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5EC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5ED0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5EE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5EF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5F00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5F10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5F20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5F30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5F40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5F50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5F60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5F70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5F80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5F90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5FA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5FB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5FC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5FD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5FE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    5FF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6000: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6010: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6020: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6030: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6040: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6050: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6060: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6070: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6080: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6090: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    60A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    60B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    60C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    60D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    60E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    60F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6100: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6110: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6120: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6130: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6140: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6150: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6160: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6170: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6180: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6190: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    61A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    61B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    61C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    61D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    61E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    61F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6200: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6210: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6220: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6230: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6240: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6250: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6260: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6270: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6280: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6290: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    62A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    62B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    62C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    62D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    62E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    62F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6300: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6310: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6320: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6330: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6340: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6350: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6360: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6370: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6380: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6390: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    63A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    63B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    63C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    63D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    63E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    63F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6400: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6410: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6420: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6430: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6440: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6450: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6460: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6470: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6480: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6490: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    64A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    64B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    64C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    64D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    64E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    64F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6500: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6510: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6520: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6530: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6540: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6550: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6560: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6570: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6580: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6590: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    65A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    65B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    65C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    65D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    65E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    65F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6600: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6610: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6620: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6630: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6640: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6650: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6660: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6670: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6680: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6690: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    66A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    66B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    66C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    66D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    66E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    66F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6700: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6710: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6720: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6730: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6740: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6750: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6760: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6770: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6780: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6790: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    67A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    67B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    67C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    67D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    67E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    67F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6800: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6810: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6820: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6830: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6840: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6850: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6860: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6870: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6880: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6890: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    68A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    68B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    68C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    68D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    68E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    68F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6900: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6910: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6920: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6930: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6940: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6950: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6960: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6970: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6980: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6990: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    69A0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    69B0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    69C0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    69D0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    69E0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    69F0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6A00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6A10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6A20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6A30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6A40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6A50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6A60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6A70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6A80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6A90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6AA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6AB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6AC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6AD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6AE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6AF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6B00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6B10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6B20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6B30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6B40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6B50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6B60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6B70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6B80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6B90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6BA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6BB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6BC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6BD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6BE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6BF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6C00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6C10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6C20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6C30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6C40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6C50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6C60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6C70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6C80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6C90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6CA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6CB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6CC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6CD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6CE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6CF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6D00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6D10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6D20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6D30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6D40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6D50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6D60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6D70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6D80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6D90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6DA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6DB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6DC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6DD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6DE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6DF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6E00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6E10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6E20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6E30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6E40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6E50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6E60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6E70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6E80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6E90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6EA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6EB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6EC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6ED0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6EE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6EF0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6F00: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6F10: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6F20: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6F30: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6F40: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6F50: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6F60: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6F70: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6F80: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6F90: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6FA0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6FB0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6FC0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6FD0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6FE0: 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00 B0  // ................
    6FF0: 00 00 00 00 00 00 00 FF 00 00 00 00              // ............
